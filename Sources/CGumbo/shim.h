// Gumbo: Google's HTML5 parser (Debian's libgumbo-dev), a pure C99 library
// that builds the tree a browser would build. Nothing else belongs here.
#include <gumbo.h>
