"""A program in a pseudo-terminal, timed from the outside.

Start: posix_spawn with setsid, the child opens the pty's slave as fd 0 (so it becomes
its controlling terminal, which less and w3m need for /dev/tty) and dups it to 1 and 2.
The clock starts just before posix_spawn.

"The screen update has arrived" = the last byte of the burst of output that follows
the stimulus: we read the pty master until a marker (if any) has been seen and then
no byte arrives for `idle` seconds; the time is that of the read that returned the
last byte, not the end of the idle wait. A stimulus that produces no output within
`timeout` counts as "no update".
"""
import fcntl
import os
import select
import signal
import struct
import termios
import time

clock = time.perf_counter


def set_size(fd, cols, rows):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


class PtyProcess:
    def __init__(self, argv, env, cols=100, rows=30):
        self.master, slave = os.openpty()
        set_size(slave, cols, rows)
        slave_name = os.ttyname(slave)
        actions = [
            (os.POSIX_SPAWN_CLOSE, 0),
            (os.POSIX_SPAWN_OPEN, 0, slave_name, os.O_RDWR, 0),
            (os.POSIX_SPAWN_DUP2, 0, 1),
            (os.POSIX_SPAWN_DUP2, 0, 2),
        ]
        self.start = clock()
        self.pid = os.posix_spawn(argv[0], argv, env, file_actions=actions, setsid=True)
        os.close(slave)
        self.output = bytearray()
        self.rusage = None
        self.status = None
        self.eof = False

    def read_burst(self, marker=None, idle=0.04, timeout=10.0):
        """Reads until `marker` was seen (in the output since this call) and then `idle`
        seconds pass without a byte. Returns (time of the last byte or None, bytes read)."""
        got = bytearray()
        last = None
        seen = marker is None
        deadline = clock() + timeout
        while True:
            now = clock()
            if seen and last is not None:
                wait = idle - (now - last)
                if wait <= 0:
                    break
            else:
                wait = deadline - now
                if wait <= 0:
                    break
            ready, _, _ = select.select([self.master], [], [], wait)
            if not ready:
                continue
            try:
                data = os.read(self.master, 1 << 16)
            except OSError:  # EIO: the child closed the terminal
                data = b""
            if not data:
                self.eof = True
                break
            last = clock()
            got += data
            if not seen and marker in got:
                seen = True
        self.output += got
        return (last if seen else None), bytes(got)

    def send(self, data):
        t = clock()
        os.write(self.master, data)
        return t

    def resize(self, cols, rows):
        """Sets the window size; the kernel sends SIGWINCH to the terminal's foreground group."""
        t = clock()
        set_size(self.master, cols, rows)
        return t

    def finish(self, keys=None, sig=signal.SIGTERM, timeout=30.0):
        """Ends the child (keys such as b"q" first, else a signal) and collects its rusage."""
        if keys:
            os.write(self.master, keys)
        else:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass
        deadline = clock() + timeout
        while True:
            pid, status, usage = os.wait4(self.pid, os.WNOHANG)
            if pid:
                self.status, self.rusage = status, usage
                break
            if clock() > deadline:
                os.kill(self.pid, signal.SIGKILL)
                deadline = clock() + 5
            # Keep draining so the child never blocks on a full pty.
            ready, _, _ = select.select([self.master], [], [], 0.01)
            if ready:
                try:
                    os.read(self.master, 1 << 16)
                except OSError:
                    time.sleep(0.005)
        os.close(self.master)
        return self.rusage

    @property
    def max_rss_kb(self):
        return self.rusage.ru_maxrss if self.rusage else None


def vm_hwm(pid):
    """Peak resident memory (VmHWM, KB) of the running process `pid`, or None."""
    try:
        for line in open("/proc/%d/status" % pid):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return None
