#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""kbuild-flags.py CMDFILE TREE: the compiler command line Kbuild gave a
one-line external module's C file (its .cmd file), one argument a line,
less what is that file's own (its name, object, dependency file, -DMODULE
and KBUILD_* names), with the tree's relative include paths made absolute.
"""
import shlex
import sys

cmd, tree = sys.argv[1:]
line = open(cmd).readline()
args = shlex.split(line.split(":=", 1)[1])
skip = False
for a in args[1:]:
    if skip:
        skip = False
        continue
    if a == "-o":
        skip = True
        continue
    # The file's own: its dependency file, name, object and source.
    if a.startswith("-Wp,-MMD") or a == "-c" or a.endswith("probe.c"):
        continue
    if a == "-DMODULE" or a.startswith(("-DKBUILD_BASENAME=", "-DKBUILD_MODNAME=",
                                        "-D__KBUILD_MODNAME=")):
        continue
    # Relative to the tree: made absolute, for a compiler run anywhere.
    if a.startswith("-I./"):
        a = "-I" + tree + a[3:]
    elif a.startswith("./"):
        a = tree + a[1:]
    print(a)
