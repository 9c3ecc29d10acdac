# SPDX-License-Identifier: GPL-2.0-only
"""What the tests of the kernel-tree path share (tests/test_kernel_tree*.py).

Each runs as SCRIPT KSHIM KSHIM_UML SOURCE_ROOT KERNEL_TREE: the old path's
command line and the new one's, the source root (drivers are built from
there, so report paths match) and the prepared kernel tree.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

__all__ = ["KSHIM", "UML", "SRC", "TREE", "KSRC", "TMP", "CLEAN", "INIT", "DEFECTS",
           "CRASH", "USAGE", "run", "built", "untimed", "main"]

KSHIM, UML, SRC, TREE = (os.path.abspath(a) for a in sys.argv[1:5])
KSRC = os.path.join(TREE, "src")
TMP = tempfile.mkdtemp(prefix="kshim-tree-")
CLEAN, INIT, DEFECTS, CRASH, USAGE = 0, 1, 2, 3, 4


def run(prog, *args, cwd=SRC, timeout=300):
    p = subprocess.run([prog] + list(args), cwd=cwd, capture_output=True,
                       text=True, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def built(prog, path, tag, *flags, cwd=SRC, name=None, complete=False):
    """Build @path (relative to @cwd, so report paths match) once, into
    TMP/tag/NAME.so; @complete: on the new path, nothing may be missing."""
    name = name or os.path.splitext(os.path.basename(path))[0]
    out = os.path.join(TMP, tag + "".join(flags), name + ".so")
    if not os.path.exists(out):
        os.makedirs(os.path.dirname(out), exist_ok=True)
        rc, _, err = run(prog, "build", path, "-o", out, *flags, cwd=cwd)
        if rc:
            raise RuntimeError("%s build %s: %s" % (prog, path, err))
        if complete and prog == UML and "not simulated" in err:
            raise RuntimeError("%s: %s" % (path, err))
    return out


def untimed(text):
    """dmesg timestamps depend on how long the host took: not compared."""
    return re.sub(r"^\[ *\d+\.\d+\]", "[time]", text, flags=re.M)


def main():
    try:
        unittest.main(argv=sys.argv[:1], verbosity=2)
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
