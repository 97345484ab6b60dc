# Extracts the translatable strings of the C sources into a PO template (cmake -P):
#   -DXGETTEXT=path -DSRC=source root -DOUT=template to write [-DCHECK=committed template]
# With CHECK, OUT is compared with the committed template, the creation date aside, and the
# script fails when they differ: a string was added or changed without `--target pot`.
# The keywords: N_ marks text looked up later, NC_ the same with a context; crs_msgc looks one up
# with a context, crs_msgn with plural forms (crossings/messages.h);
# the interface's lookups (game/ui tr.h): crs_tr, crs_trc with a context, crs_trn with plural
# forms, crs_tr_in in a given language.
file(GLOB_RECURSE sources RELATIVE ${SRC} ${SRC}/game/*.c ${SRC}/game/*.h)
list(SORT sources)
execute_process(
  COMMAND ${XGETTEXT} --from-code=UTF-8 --language=C --add-comments=TRANSLATORS:
          --keyword= --keyword=N_ --keyword=NC_:1c,2
          --keyword=crs_msgc:1c,2 --keyword=crs_msgn:1,2
          --keyword=crs_tr:2 --keyword=crs_trc:2c,3 --keyword=crs_trn:2,3
          --keyword=crs_tr_in:2
          --add-location=file --sort-by-file --package-name=crossings
          --msgid-bugs-address=https://github.com/crossings/crossings/issues
          -o ${OUT} ${sources}
  WORKING_DIRECTORY ${SRC}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "xgettext failed")
endif()
# A template nobody has filled in yet: say what it is instead of xgettext's placeholders.
file(READ ${OUT} pot)
string(REPLACE "# SOME DESCRIPTIVE TITLE." "# The interface and the core's messages of crossings, in English (the source)."
       pot "${pot}")
string(REPLACE "# Copyright (C) YEAR THE PACKAGE'S COPYRIGHT HOLDER\n" "" pot "${pot}")
string(REGEX REPLACE "# This file is distributed under the same license as the [a-zA-Z]+ package.\n"
       "# Made by `cmake --build build --target pot`; never edit it by hand.\n" pot "${pot}")
string(REPLACE "# FIRST AUTHOR <EMAIL@ADDRESS>, YEAR.\n" "" pot "${pot}")
file(WRITE ${OUT} "${pot}")
if(CHECK)
  file(READ ${CHECK} committed)
  foreach(v pot committed)
    string(REGEX REPLACE "\"POT-Creation-Date: [^\"]*\"\n" "" ${v} "${${v}}")
  endforeach()
  if(NOT pot STREQUAL committed)
    message(FATAL_ERROR "po/crossings.pot is out of date with the sources: run "
                        "`cmake --build build --target pot` (then `--target po-update`) and commit it.")
  endif()
endif()
