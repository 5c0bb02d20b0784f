#pragma once
// Options of the webhook edits and of the interaction responses that carry no message
// (autocomplete choices, modals).

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/core/snowflake.hpp>
#include <hikari/core/undefined.hpp>

#include <string>

namespace hikari {

/// edit_webhook: only the fields set change.
struct WebhookEditOptions {
    UndefinedOr<std::string> name = {};
    /// A data URI ("data:image/png;base64,..."), or none to remove the avatar.
    UndefinedNoneOr<std::string> avatar = {};
    /// Moves the webhook; refused (ValueError) when editing with the webhook's token.
    UndefinedOr<Snowflake> channel_id = {};
};

/// A modal answer to an interaction (response type 9).
struct ModalResponse {
    std::string custom_id = {};
    std::string title = {};
    /// The components array (1-5 action rows or labels) as JSON text.
    std::string components_json = {};
};

}  // namespace hikari
