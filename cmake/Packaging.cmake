# Desktop integration (menu entry, icons, AppStream), manual pages, bash completion, and with
# CRS_PACKAGE=ON the Debian package that scripts/package.sh builds with `cpack -G DEB`.
set(CRS_APP_ID io.github.crossings.Crossings)
set(CRS_PKG_DIR ${PROJECT_SOURCE_DIR}/packaging)

find_program(CRS_SCDOC scdoc)
find_program(CRS_RSVG rsvg-convert)
if(CRS_PACKAGE AND (NOT CRS_SCDOC OR NOT CRS_RSVG))
  message(FATAL_ERROR "CRS_PACKAGE=ON needs scdoc and rsvg-convert "
                      "(scripts/deps.sh installs CRS_PACKAGING_PACKAGES)")
endif()

# Manual pages: docs/man/NAME.SECTION.scd -> man/NAME.SECTION.gz. A plain build without scdoc
# simply has none; tests/package/test_manpages.sh keeps the sources in step with --help.
file(GLOB CRS_MAN_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/man/*.scd)
if(CRS_SCDOC)
  # The pages' date is the release's, not the build's, so rebuilding gives the same files.
  execute_process(COMMAND date -u -d "${CRS_RELEASE_DATE} 12:00:00" +%s
                  OUTPUT_VARIABLE CRS_RELEASE_EPOCH OUTPUT_STRIP_TRAILING_WHITESPACE)
  set(CRS_MAN_PAGES "")
  foreach(src ${CRS_MAN_SOURCES})
    get_filename_component(page ${src} NAME)
    string(REGEX REPLACE "\\.scd$" "" page ${page})
    string(REGEX MATCH "[0-9]$" section ${page})
    set(out ${PROJECT_BINARY_DIR}/man/${page}.gz)
    # scdoc fails on a malformed page; gzip -n keeps the package reproducible.
    add_custom_command(OUTPUT ${out}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
      COMMAND ${CMAKE_COMMAND} -E env SOURCE_DATE_EPOCH=${CRS_RELEASE_EPOCH}
              sh -c "\"$0\" <\"$1\" >\"$2.tmp\" && gzip -9nc \"$2.tmp\" >\"$2\" && rm \"$2.tmp\""
              ${CRS_SCDOC} ${src} ${out}
      DEPENDS ${src} COMMENT "Manual page ${page}" VERBATIM)
    list(APPEND CRS_MAN_PAGES ${out})
    install(FILES ${out} DESTINATION ${CMAKE_INSTALL_MANDIR}/man${section})
  endforeach()
  add_custom_target(crossings_man ALL DEPENDS ${CRS_MAN_PAGES})
endif()

# The icon: one SVG, drawn by hand; the PNG sizes are rendered from it at build time.
set(CRS_ICON_SVG ${CRS_PKG_DIR}/${CRS_APP_ID}.svg)
install(FILES ${CRS_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
if(CRS_RSVG)
  set(CRS_ICON_PNGS "")
  foreach(size 16 24 32 48 64 128 256)
    set(dir ${PROJECT_BINARY_DIR}/icons/${size}x${size})
    add_custom_command(OUTPUT ${dir}/${CRS_APP_ID}.png
      COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
      COMMAND ${CRS_RSVG} -w ${size} -h ${size} -o ${dir}/${CRS_APP_ID}.png ${CRS_ICON_SVG}
      DEPENDS ${CRS_ICON_SVG} VERBATIM)
    list(APPEND CRS_ICON_PNGS ${dir}/${CRS_APP_ID}.png)
    install(FILES ${dir}/${CRS_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
  add_custom_target(crossings_icons ALL DEPENDS ${CRS_ICON_PNGS})
endif()

configure_file(${CRS_PKG_DIR}/${CRS_APP_ID}.metainfo.xml
               ${PROJECT_BINARY_DIR}/${CRS_APP_ID}.metainfo.xml @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/${CRS_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CRS_PKG_DIR}/${CRS_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CRS_PKG_DIR}/crossings.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME crossings)

if(BUILD_TESTING)
  add_test(NAME package_manpages
           COMMAND bash ${PROJECT_SOURCE_DIR}/tests/package/test_manpages.sh
                   $<TARGET_FILE:crossings> ${PROJECT_SOURCE_DIR})
  add_test(NAME package_version
           COMMAND bash ${PROJECT_SOURCE_DIR}/tests/package/test_version.sh
                   $<TARGET_FILE:crossings> ${PROJECT_SOURCE_DIR})
  set_tests_properties(package_manpages package_version PROPERTIES TIMEOUT 120 LABELS cli)
endif()

if(NOT CRS_PACKAGE)
  return()
endif()

# ---- The Debian package: what only a system-wide install under /usr has. ----
set(CRS_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/crossings)
# Absolute on purpose: the unit and the configuration live outside the /usr prefix.
install(FILES ${PROJECT_SOURCE_DIR}/docs/crossings-kiosk.service DESTINATION /lib/systemd/system)
install(FILES ${CRS_PKG_DIR}/kiosk.json DESTINATION /etc/crossings)
install(FILES ${PROJECT_SOURCE_DIR}/docs/kiosk.example.json DESTINATION ${CRS_DOCDIR}/examples)
file(GLOB CRS_DOCS ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${CRS_DOCS} ${CRS_PKG_DIR}/debian/copyright
        DESTINATION ${CRS_DOCDIR})
install(FILES ${CRS_PKG_DIR}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME crossings)

execute_process(COMMAND date -u -R -d "${CRS_RELEASE_DATE} 12:00:00"
                OUTPUT_VARIABLE CRS_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE)
# A native package (version 0.x.y, no Debian revision): its changelog is changelog.gz.
configure_file(${CRS_PKG_DIR}/debian/changelog.in ${PROJECT_BINARY_DIR}/debian/changelog @ONLY)
add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/debian/changelog.gz
  COMMAND gzip -9nkf ${PROJECT_BINARY_DIR}/debian/changelog
  DEPENDS ${PROJECT_BINARY_DIR}/debian/changelog VERBATIM)
add_custom_target(crossings_changelog ALL DEPENDS ${PROJECT_BINARY_DIR}/debian/changelog.gz)
install(FILES ${PROJECT_BINARY_DIR}/debian/changelog.gz DESTINATION ${CRS_DOCDIR})

# Stripped as dh_strip does it (CPack's own stripping leaves the .comment and .note sections).
install(CODE "execute_process(COMMAND strip --remove-section=.comment --remove-section=.note
                              --strip-unneeded \"\$ENV{DESTDIR}${CMAKE_INSTALL_FULL_BINDIR}/crossings\"
                              COMMAND_ERROR_IS_FATAL ANY)")

# conffiles: dpkg keeps a local edit of these across upgrades (and asks when both changed).
file(WRITE ${PROJECT_BINARY_DIR}/debian/conffiles "/etc/crossings/kiosk.json\n")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME crossings)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # crossings_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CRS_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CRS_HOMEPAGE}")
# Library dependencies come from the binary (dpkg-shlibdeps); the rest are named here:
# the fonts it reads, and adduser for the kiosk's system user.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-nanum, fonts-noto-cjk, adduser")
# Loaded only when reading aloud is switched on (dlopen), so not a hard dependency.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libespeak-ng1")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "graphviz")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"documented simulation of North Korean migration pathways
A player takes one person through the stages of a route: leaving and
crossing the border into China, the stay in China, transit through
Southeast Asia or Mongolia, arrival and resettlement. Every outcome rests
on a published figure, shown with its source, the year and the population
it describes; numbers that no source documents are labelled illustrative.
.
It runs in Korean and English, by touch, mouse or keyboard alone, as a
museum kiosk (a systemd unit, crossings-kiosk, is included but not
enabled) and as a workshop tool for facilitators, who can check and
simulate their own scenarios from the command line.")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CRS_PKG_DIR}/debian/postinst ${CRS_PKG_DIR}/debian/prerm ${CRS_PKG_DIR}/debian/postrm
    ${PROJECT_BINARY_DIR}/debian/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
