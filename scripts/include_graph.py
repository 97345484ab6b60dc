#!/usr/bin/env python3
"""The #include graph of the C sources, and the dependency rules it must keep.

Usage: scripts/include_graph.py [--check] [--dot] [ROOT]

Reads every .c and .h under game/ and include/ and resolves its quoted #include lines the way
the build does: next to the including file first, then the include roots (include/, game/ui/,
game/cli/, game/core/). Angle-bracket includes are system headers and are left out.

A module is a .c file and the .h of the same name beside it (app.c + app.h). It reports:
- include cycles between headers (A.h includes B.h includes A.h);
- cycles between modules (strongly connected components of the module graph, Tarjan's
  algorithm), each with the folders it spans;
- the dependency rule: the core includes no front end, and no front end (game/cli, game/ui)
  includes a header of the other;
- headers that share a file name anywhere in the tree (tests and benchmarks included).

With --check it exits 1 when a module cycle spans more than one folder, a dependency rule is
broken, or two headers share a name; cycles inside one folder are reported but allowed.
With --dot it prints the module graph for Graphviz (`| dot -Tsvg`) instead.
"""
import os
import re
import sys
from collections import defaultdict

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
SOURCE_DIRS = ("game", "include")
ROOTS = ("include", "game/ui", "game/cli", "game/core")
NAME_DIRS = ("game", "include", "tests", "bench")


def c_files(root, dirs):
    for top in dirs:
        for dirpath, dirnames, files in os.walk(os.path.join(root, top)):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for f in sorted(files):
                if f.endswith((".c", ".h")):
                    yield os.path.relpath(os.path.join(dirpath, f), root)


def resolve(root, path, name):
    for base in (os.path.dirname(path),) + ROOTS:
        cand = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(os.path.join(root, cand)):
            return cand
    return None


def graph(root):
    edges = {}
    for path in c_files(root, SOURCE_DIRS):
        with open(os.path.join(root, path), encoding="utf-8") as f:
            text = f.read()
        edges[path] = sorted({r for r in (resolve(root, path, n) for n in INCLUDE.findall(text))
                              if r})
    return edges


def module(path):
    return os.path.splitext(path)[0]


def folder(path):
    return os.path.dirname(path)


def front_end(path):
    """'core', 'cli' or 'ui' for the sources of each side; None for anything else."""
    if path.startswith(("game/core/", "include/crossings/")):
        return "core"
    if path.startswith("game/cli/"):
        return "cli"
    if path.startswith("game/ui/"):
        return "ui"
    return None


def sccs(nodes, succ):
    """Tarjan's strongly connected components (iterative: no recursion limit)."""
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = 0
    for start in nodes:
        if start in index:
            continue
        work = [(start, iter(succ[start]))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on.add(start)
        while work:
            v, it = work[-1]
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(succ[w])))
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on.discard(w)
                        comp.append(w)
                        if w == v:
                            break
                    if len(comp) > 1:
                        out.append(sorted(comp))
    return out


def shared_names(root):
    seen = defaultdict(list)
    for path in c_files(root, NAME_DIRS):
        if path.endswith(".h"):
            seen[os.path.basename(path)].append(path)
    return {n: p for n, p in sorted(seen.items()) if len(p) > 1}


def main(argv):
    check = "--check" in argv
    dot = "--dot" in argv
    args = [a for a in argv if not a.startswith("--")]
    root = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    edges = graph(root)

    mods = defaultdict(set)
    for src, targets in edges.items():
        for t in targets:
            if module(t) != module(src):
                mods[module(src)].add(module(t))
    nodes = sorted({module(p) for p in edges})
    succ = {n: sorted(mods[n]) for n in nodes}

    if dot:
        print("digraph includes {\n  rankdir=LR; node [shape=box, fontsize=10];")
        for n in nodes:
            for m in succ[n]:
                print(f'  "{n}" -> "{m}";')
        print("}")
        return 0

    failures = 0
    headers = {p: [t for t in ts if t.endswith(".h")] for p, ts in edges.items()
               if p.endswith(".h")}
    hcycles = sccs(sorted(headers), defaultdict(list, headers))
    for comp in hcycles:
        print("header include cycle: " + " <-> ".join(comp))

    for comp in sccs(nodes, succ):
        dirs = sorted({folder(m) for m in comp})
        where = "within " + dirs[0] if len(dirs) == 1 else "ACROSS " + ", ".join(dirs)
        print(f"module cycle of {len(comp)} ({where}): " + " ".join(comp))
        if len(dirs) > 1:
            failures += 1

    for src, targets in sorted(edges.items()):
        for t in targets:
            a, b = front_end(src), front_end(t)
            if a and b and a != b and b != "core":
                print(f"dependency rule: {src} ({a}) includes {t} ({b})")
                failures += 1

    for name, paths in shared_names(root).items():
        print(f"headers share the name {name}: " + ", ".join(paths))
        failures += 1

    print(f"{len(edges)} files, {sum(len(t) for t in edges.values())} includes, "
          f"{len(nodes)} modules; {failures} rule violation(s)")
    return 1 if check and failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
