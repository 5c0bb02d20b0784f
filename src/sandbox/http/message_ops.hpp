#pragma once
// Message creation and editing shared by the channel, webhook, interaction and control routes.

#include "sandbox/http/call.hpp"

#include <boost/json/object.hpp>

#include <optional>

namespace hikari::sandbox {

/// The channel named by a path parameter; 10003 when unknown.
boost::json::object& channel_or_404(Call& call, const std::string& param = "channel_id");
/// As channel_or_404, also 50008 when messages cannot be sent there.
boost::json::object& text_channel_or_404(Call& call, const std::string& param = "channel_id");
/// The message of a channel; 10008 when unknown.
boost::json::object& message_or_404(Call& call, Snowflake channel, Snowflake id);

/// Validates a create body (content, embeds, tts, nonce, message_reference, components,
/// sticker_ids, flags, attachments from files[n]) and stores the new message.
/// 50006 when it would be empty, 50035 naming the bad field otherwise.
boost::json::object& create_message(Call& call, Snowflake channel, const boost::json::object& body,
                                    const boost::json::object& author,
                                    std::optional<Snowflake> webhook_id = std::nullopt);
/// Applies an edit body to a stored message and stamps edited_timestamp.
void edit_message(Call& call, boost::json::object& message, const boost::json::object& body);

/// The message as gateway events carry it: guild_id and the author's member for guild
/// channels.
boost::json::object gateway_message(World& world, const boost::json::object& message);
/// MESSAGE_CREATE / MESSAGE_UPDATE with the right intent for the channel kind.
void announce_message(Call& call, std::string_view event, const boost::json::object& message);
/// The guild of a channel object, if any.
std::optional<Snowflake> guild_of(const boost::json::object& channel);
/// The intent bit for a message-ish event in this channel (guild or DM flavour).
std::uint32_t message_intent(const boost::json::object& channel, std::uint32_t guild_bit,
                             std::uint32_t dm_bit);

}  // namespace hikari::sandbox
