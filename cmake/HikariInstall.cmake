include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

get_property(all_layers GLOBAL PROPERTY HIKARI_ALL_LAYERS)
install(TARGETS hikari ${HIKARI_CLIENT_LAYERS} EXPORT hikariTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/hikari DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT hikariTargets NAMESPACE hikari:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/hikari)

configure_package_config_file(cmake/hikariConfig.cmake.in ${CMAKE_BINARY_DIR}/hikariConfig.cmake
                              INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/hikari)
write_basic_package_version_file(${CMAKE_BINARY_DIR}/hikariConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/hikariConfig.cmake ${CMAKE_BINARY_DIR}/hikariConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/hikari)
