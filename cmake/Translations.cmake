# Translation catalogues (docs/TRANSLATING.md), with Debian's gettext tools:
#   --target pot        extracts po/crossings.pot from the C sources (xgettext)
#   --target po-update  merges it into every po/LANG.po (msgmerge)
#   every build         compiles each po/LANG.po to locale/LANG.mo in the build tree (msgfmt
#                       --check), so a translator's edit reaches the game; installed with the data
# The game reads the .mo files itself (crs_catalog), never through the C library's locale.
find_program(CRS_MSGFMT msgfmt NO_CMAKE_FIND_ROOT_PATH)
find_program(CRS_MSGMERGE msgmerge NO_CMAKE_FIND_ROOT_PATH)
find_program(CRS_XGETTEXT xgettext NO_CMAKE_FIND_ROOT_PATH)
if(NOT CRS_MSGFMT OR NOT CRS_MSGMERGE OR NOT CRS_XGETTEXT)
  message(FATAL_ERROR "msgfmt, msgmerge or xgettext not found: install gettext (scripts/deps.sh)")
endif()

set(CRS_PO_DIR ${PROJECT_SOURCE_DIR}/po)
set(CRS_LOCALE_DIR ${PROJECT_BINARY_DIR}/locale)
file(GLOB CRS_PO_FILES CONFIGURE_DEPENDS ${CRS_PO_DIR}/*.po)
set(CRS_MO_FILES)
foreach(po ${CRS_PO_FILES})
  get_filename_component(lang ${po} NAME_WE)
  set(mo ${CRS_LOCALE_DIR}/${lang}.mo)
  add_custom_command(OUTPUT ${mo}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CRS_LOCALE_DIR}
    COMMAND ${CRS_MSGFMT} --check -o ${mo} ${po}
    DEPENDS ${po} COMMENT "Compiling the ${lang} catalogue" VERBATIM)
  list(APPEND CRS_MO_FILES ${mo})
endforeach()
add_custom_target(crossings_mo ALL DEPENDS ${CRS_MO_FILES})
install(FILES ${CRS_MO_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/crossings/locale)
# The sources too: `crossings i18n-status` reads them, and a translator starts from them.
install(FILES ${CRS_PO_DIR}/crossings.pot ${CRS_PO_FILES}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/crossings/po)

add_custom_target(pot
  COMMAND ${CMAKE_COMMAND} -DXGETTEXT=${CRS_XGETTEXT} -DSRC=${PROJECT_SOURCE_DIR}
          -DOUT=${CRS_PO_DIR}/crossings.pot -P ${PROJECT_SOURCE_DIR}/cmake/Pot.cmake
  COMMENT "Extracting po/crossings.pot" VERBATIM)
set(update_cmds)
foreach(po ${CRS_PO_FILES})
  list(APPEND update_cmds COMMAND ${CRS_MSGMERGE} --quiet --update --backup=none --previous
       ${po} ${CRS_PO_DIR}/crossings.pot)
endforeach()
add_custom_target(po-update ${update_cmds} COMMENT "Merging po/crossings.pot into po/*.po" VERBATIM)
