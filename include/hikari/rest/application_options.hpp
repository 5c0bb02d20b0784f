#pragma once
// What edit_my_application / edit_application and edit_my_role_connection take. The application
// itself is the model hikari::Application (hikari/model/application.hpp).

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/core/undefined.hpp>
#include <hikari/model/application.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace hikari {

/// edit_my_application: only the fields set change.
struct ApplicationEditOptions {
    UndefinedOr<std::string> description = {};
    UndefinedNoneOr<std::string> interactions_endpoint_url = {};
    UndefinedOr<std::string> custom_install_url = {};
    UndefinedOr<std::string> role_connections_verification_url = {};
    /// Up to 5 tags of 1-20 characters.
    UndefinedOr<std::vector<std::string>> tags = {};
    /// Only the *_limited intent flags can be changed through the API.
    UndefinedOr<ApplicationFlags> flags = {};
    UndefinedOr<ApplicationInstallParams> install_params = {};
    /// Keyed by integration type: "0" guild install, "1" user install.
    UndefinedOr<Dict<ApplicationIntegrationTypeConfig>> integration_types_config = {};
    /// A data URI (see hikari::data_uri), or none to remove it.
    UndefinedNoneOr<std::string> icon = {};
    UndefinedNoneOr<std::string> cover_image = {};
    UndefinedOr<std::string> event_webhooks_url = {};
    UndefinedOr<ApplicationEventWebhookStatus> event_webhooks_status = {};
    UndefinedOr<std::vector<std::string>> event_webhooks_types = {};
};

/// edit_my_role_connection: only the fields set change.
struct RoleConnectionEditOptions {
    UndefinedOr<std::string> platform_name = {};      ///< up to 50 characters
    UndefinedOr<std::string> platform_username = {};  ///< up to 100 characters
    /// Metadata key -> value as a string: an integer, an ISO8601 time, or "0"/"1".
    UndefinedOr<Dict<std::string>> metadata = {};
};

}  // namespace hikari
