#pragma once
// What edit_my_application / edit_application take. The application itself is the model
// hikari::Application (hikari/model/application.hpp).

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

}  // namespace hikari
