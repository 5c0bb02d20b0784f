#pragma once
// What a bot answers an interaction with (POST /interactions/{id}/{token}/callback). See
// docs/interactions/receiving-and-responding.mdx, "Interaction Response Object".

#include <hikari/model/allowed_mentions.hpp>
#include <hikari/model/application_command.hpp>
#include <hikari/model/component.hpp>
#include <hikari/model/embed.hpp>
#include <hikari/model/message.hpp>
#include <hikari/model/poll.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hikari {

/// Unknown values from a newer API are kept as their number.
enum class InteractionResponseType : std::uint8_t {
    pong = 1,
    channel_message_with_source = 4,
    deferred_channel_message_with_source = 5,
    deferred_message_update = 6,
    update_message = 7,
    application_command_autocomplete_result = 8,
    modal = 9,
    premium_required = 10,  ///< deprecated by Discord in favour of premium buttons
    launch_activity = 12,
};

/// The `data` of a response; which fields apply depends on the type: message fields for 4
/// and 7 (and `flags` for 5), `choices` for 8, `custom_id`, `title` and `components` for 9.
struct InteractionCallbackData {
    // Messages
    std::optional<bool> tts;
    std::optional<std::string> content;
    std::vector<Embed> embeds;
    std::optional<AllowedMentions> allowed_mentions;
    std::optional<MessageFlags> flags;
    std::vector<Component> components;  ///< also a modal's
    /// Partial attachments ({"id":0,"description":..}: ids may be upload indexes), as JSON text.
    std::optional<std::string> attachments;
    std::optional<PollCreate> poll;
    // Autocomplete
    std::vector<ApplicationCommandOptionChoice> choices;
    // Modals
    std::optional<std::string> custom_id;
    std::optional<std::string> title;
    bool operator==(const InteractionCallbackData&) const = default;
};

struct InteractionResponse {
    InteractionResponseType type{};
    std::optional<InteractionCallbackData> data{};
    bool operator==(const InteractionResponse&) const = default;
};

}  // namespace hikari
