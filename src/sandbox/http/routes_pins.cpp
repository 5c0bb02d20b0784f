// Pins: the routes under /channels/{id}/messages/pins (message.mdx "Get Channel Pins", "Pin
// Message", "Unpin Message"), which discord.js 14.19+ uses, and the deprecated /pins ones,
// which share their state and bucket.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/message_ops.hpp"
#include "sandbox/http/routes.hpp"

#include <hikari/core/time.hpp>

#include <boost/json/array.hpp>

#include <algorithm>
#include <chrono>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

constexpr std::size_t max_pins = 250;

/// CHANNEL_PINS_UPDATE: last_pin_timestamp is when the most recent remaining pin was made.
void announce_pins(Call& call, const json::object& channel, Snowflake channel_id) {
    const auto& pins = call.world().pins(channel_id);
    json::object data{
        {"channel_id", channel_id.to_string()},
        {"last_pin_timestamp", pins.empty() ? json::value(nullptr)
                                            : json::value(format_iso8601(pins.front().pinned_at))}};
    const auto guild = guild_of(channel);
    if (guild) data["guild_id"] = guild->to_string();
    call.emit("CHANNEL_PINS_UPDATE", std::move(data), guild,
              message_intent(channel, intents::guilds, intents::direct_messages));
}

Response pin_message(Call& call) {
    const json::object& channel = text_channel_or_404(call);
    const Snowflake channel_id = call.id("channel_id");
    const Snowflake id = call.id("message_id");
    json::object& message = message_or_404(call, channel_id, id);
    auto& pins = call.world().pins(channel_id);
    if (std::none_of(pins.begin(), pins.end(), [id](const Pin& p) { return p.message == id; })) {
        if (pins.size() >= max_pins) throw api_errors::max_pins();
        const auto pinned_at =
            std::chrono::time_point_cast<Timestamp::duration>(std::chrono::system_clock::now());
        pins.insert(pins.begin(), Pin{id, pinned_at});
        message["pinned"] = true;
        if (auto* ch = call.world().channel(channel_id))
            (*ch)["last_pin_timestamp"] = format_iso8601(pinned_at);
        announce_pins(call, channel, channel_id);
    }
    return Response::no_content();
}

Response unpin_message(Call& call) {
    const json::object& channel = text_channel_or_404(call);
    const Snowflake channel_id = call.id("channel_id");
    const Snowflake id = call.id("message_id");
    json::object& message = message_or_404(call, channel_id, id);
    if (std::erase_if(call.world().pins(channel_id),
                      [id](const Pin& p) { return p.message == id; }) != 0) {
        message["pinned"] = false;
        announce_pins(call, channel, channel_id);
    }
    return Response::no_content();
}

/// GET /channels/{id}/messages/pins: {items: [{pinned_at, message}], has_more}, newest pin
/// first, `before` an ISO8601 pin time, `limit` 1-50 (message.mdx "Get Channel Pins").
Response list_pins(Call& call) {
    text_channel_or_404(call);
    const Snowflake channel_id = call.id("channel_id");
    const auto limit = static_cast<std::size_t>(call.query_int("limit", 1, 50, 50));
    std::optional<Timestamp> before;
    if (const auto text = call.query("before")) {
        before = try_parse_iso8601(*text);
        if (!before) {
            raise_field_error("before", "DATE_TYPE_PARSE",
                              "Could not parse " + *text + ". Should be ISO8601.");
        }
    }
    json::array items;
    bool has_more = false;
    for (const Pin& pin : call.world().pins(channel_id)) {
        if (before && pin.pinned_at >= *before) continue;
        const auto* message = call.world().message(channel_id, pin.message);
        if (!message) continue;
        if (items.size() == limit) {
            has_more = true;
            break;
        }
        items.push_back(
            json::object{{"pinned_at", format_iso8601(pin.pinned_at)}, {"message", *message}});
    }
    return Response::json(200, json::object{{"items", std::move(items)}, {"has_more", has_more}});
}

/// GET /channels/{id}/pins (deprecated): the first 50 pinned messages as a plain array.
Response list_pins_deprecated(Call& call) {
    text_channel_or_404(call);
    const Snowflake channel_id = call.id("channel_id");
    json::array out;
    for (const Pin& pin : call.world().pins(channel_id)) {
        if (out.size() == 50) break;
        if (const auto* m = call.world().message(channel_id, pin.message)) out.push_back(*m);
    }
    return Response::json(200, out);
}

}  // namespace

void add_pin_routes(Router& router) {
    router.add("GET", "/channels/{channel_id}/messages/pins", "", list_pins);
    router.add("GET", "/channels/{channel_id}/pins", "", list_pins_deprecated);
    for (const char* path : {"/channels/{channel_id}/messages/pins/{message_id}",
                             "/channels/{channel_id}/pins/{message_id}"}) {
        router.add("PUT", path, "pins", pin_message);
        router.add("DELETE", path, "pins", unpin_message);
    }
}

}  // namespace hikari::sandbox
