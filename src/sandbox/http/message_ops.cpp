#include "sandbox/http/message_ops.hpp"

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/poll_ops.hpp"
#include "sandbox/state/entities.hpp"

#include <boost/json/array.hpp>

#include <algorithm>
#include <chrono>

namespace hikari::sandbox {

namespace json = boost::json;

std::optional<Snowflake> guild_of(const json::object& channel) {
    const auto* g = channel.if_contains("guild_id");
    if (!g || !g->is_string()) return std::nullopt;
    return Snowflake::try_parse(g->get_string());
}

std::uint32_t message_intent(const json::object& channel, std::uint32_t guild_bit,
                             std::uint32_t dm_bit) {
    return guild_of(channel) ? guild_bit : dm_bit;
}

json::object& channel_or_404(Call& call, const std::string& param) {
    auto* ch = call.world().channel(call.id(param));
    if (!ch) throw api_errors::unknown_channel();
    return *ch;
}

json::object& text_channel_or_404(Call& call, const std::string& param) {
    json::object& ch = channel_or_404(call, param);
    const auto type = ch.at("type").to_number<int>();
    // Categories, directories, forums and media channels hold no messages of their own.
    if (type == 4 || type == 14 || type == 15 || type == 16) throw api_errors::non_text_channel();
    return ch;
}

json::object& message_or_404(Call& call, Snowflake channel, Snowflake id) {
    auto* m = call.world().message(channel, id);
    if (!m) throw api_errors::unknown_message();
    return *m;
}

namespace {

void validate_embeds(FormErrors& errors, const json::object& body) {
    const auto* embeds = body.if_contains("embeds");
    if (!embeds || embeds->is_null()) return;
    if (!embeds->is_array()) {
        errors.add("embeds", "BASE_TYPE_ARRAY", "Must be an array.");
        return;
    }
    if (embeds->get_array().size() > 10) {
        errors.add("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
        return;
    }
    std::size_t index = 0;
    for (const auto& e : embeds->get_array()) {
        const std::string prefix = "embeds." + std::to_string(index++);
        if (!e.is_object()) {
            errors.add(prefix, "MODEL_TYPE_CONVERT",
                       "Only dictionaries may be used in a ModelType");
            continue;
        }
        errors.string(e.get_object(), "title", 0, 256, false, prefix);
        errors.string(e.get_object(), "description", 0, 4096, false, prefix);
        errors.integer(e.get_object(), "color", 0, 0xFFFFFF, false, prefix);
    }
}

void validate_common(FormErrors& errors, const json::object& body) {
    errors.string(body, "content", 0, 2000, false);
    validate_embeds(errors, body);
    errors.boolean(body, "tts");
    if (const auto* c = body.if_contains("components"); c && !c->is_null() && !c->is_array()) {
        errors.add("components", "BASE_TYPE_ARRAY", "Must be an array.");
    }
    if (const auto* n = body.if_contains("nonce"); n && !n->is_null()) {
        if (n->is_string() && n->get_string().size() > 25) {
            errors.add("nonce", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        } else if (!n->is_string() && !n->is_int64() && !n->is_uint64()) {
            errors.add("nonce", "BASE_TYPE_STRING", "Must be a string or an integer.");
        }
    }
}

json::array attachments_from(Call& call, Snowflake channel, const json::object& body) {
    json::array out;
    std::size_t index = 0;
    const auto* described = body.if_contains("attachments");
    for (const auto& file : call.files()) {
        const Snowflake id = call.world().next_id();
        json::object a{
            {"id", id.to_string()},
            {"filename", file.filename},
            {"size", file.data.size()},
            {"url", "https://cdn.discordapp.com/attachments/" + channel.to_string() + "/" +
                        id.to_string() + "/" + file.filename},
            {"proxy_url", "https://media.discordapp.net/attachments/" + channel.to_string() + "/" +
                              id.to_string() + "/" + file.filename},
            {"content_type",
             file.content_type.empty() ? "application/octet-stream" : file.content_type},
        };
        if (described && described->is_array() && index < described->get_array().size()) {
            const auto& d = described->get_array()[index];
            if (d.is_object()) {
                if (const auto* text = d.get_object().if_contains("description");
                    text && text->is_string()) {
                    a["description"] = *text;
                }
            }
        }
        ++index;
        out.push_back(std::move(a));
    }
    return out;
}

/// Fills mentions, mention_roles and mention_everyone from the content's <@id>, <@!id>,
/// <@&id> and @everyone/@here, as Discord derives them.
void fill_mentions(World& world, Snowflake channel, json::object& message) {
    const auto* content = message.if_contains("content");
    if (!content || !content->is_string()) return;
    const std::string_view text = content->get_string();
    const auto guild = world.guild_of_channel(channel);
    json::array users;
    json::array roles;
    std::vector<Snowflake> seen;
    std::size_t pos = 0;
    while ((pos = text.find("<@", pos)) != std::string_view::npos) {
        std::size_t start = pos + 2;
        const bool role = start < text.size() && text[start] == '&';
        if (role || (start < text.size() && text[start] == '!')) ++start;
        const std::size_t end = text.find('>', start);
        pos = start;
        if (end == std::string_view::npos) break;
        const auto id = Snowflake::try_parse(text.substr(start, end - start));
        if (!id || std::find(seen.begin(), seen.end(), *id) != seen.end()) continue;
        seen.push_back(*id);
        if (role) {
            if (guild && world.role(*guild, *id)) roles.push_back(json::value(id->to_string()));
        } else if (const auto* user = world.user(*id)) {
            users.push_back(*user);
        }
    }
    message["mentions"] = std::move(users);
    message["mention_roles"] = std::move(roles);
    message["mention_everyone"] = text.find("@everyone") != std::string_view::npos ||
                                  text.find("@here") != std::string_view::npos;
}

bool has(const json::object& body, const char* key) {
    const auto* v = body.if_contains(key);
    if (!v || v->is_null()) return false;
    if (v->is_string()) return !v->get_string().empty();
    if (v->is_array()) return !v->get_array().empty();
    return true;
}

}  // namespace

json::object& create_message(Call& call, Snowflake channel, const json::object& body,
                             const json::object& author, std::optional<Snowflake> webhook_id) {
    FormErrors errors;
    validate_common(errors, body);
    std::optional<Snowflake> reply_to;
    if (const auto* ref = body.if_contains("message_reference"); ref && !ref->is_null()) {
        if (!ref->is_object()) {
            errors.add("message_reference", "MODEL_TYPE_CONVERT",
                       "Only dictionaries may be used in a ModelType");
        } else {
            reply_to = errors.snowflake(ref->get_object(), "message_id", true, "message_reference");
            if (reply_to && !call.world().message(channel, *reply_to)) {
                errors.add("message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE",
                           "Unknown message");
            }
        }
    }
    errors.raise_if_any();
    json::array attachments = attachments_from(call, channel, body);
    if (!has(body, "content") && !has(body, "embeds") && attachments.empty() &&
        !has(body, "sticker_ids") && !has(body, "components") && !has(body, "poll")) {
        throw api_errors::empty_message();
    }

    std::optional<json::object> poll;
    if (has(body, "poll")) poll = build_poll(body.at("poll"));

    World& world = call.world();
    const Snowflake id = world.next_id();
    json::object message = entities::message(id, channel, author, "");
    if (poll) message["poll"] = std::move(*poll);
    for (const char* key : {"content", "embeds", "tts", "nonce", "components", "flags"}) {
        if (const auto* v = body.if_contains(key); v && !v->is_null()) message[key] = *v;
    }
    message["attachments"] = std::move(attachments);
    if (reply_to) {
        const json::object& referenced = *world.message(channel, *reply_to);
        message["type"] = 19;  // REPLY
        message["message_reference"] = json::object{{"type", 0},
                                                    {"message_id", reply_to->to_string()},
                                                    {"channel_id", channel.to_string()}};
        if (auto guild = world.guild_of_channel(channel)) {
            message["message_reference"].as_object()["guild_id"] = guild->to_string();
        }
        message["referenced_message"] = referenced;
    }
    if (webhook_id) message["webhook_id"] = webhook_id->to_string();
    fill_mentions(world, channel, message);
    return world.add_message(channel, std::move(message));
}

void edit_message(Call& call, json::object& message, const json::object& body) {
    FormErrors errors;
    validate_common(errors, body);
    errors.raise_if_any();
    for (const char* key : {"content", "embeds", "components", "flags", "attachments"}) {
        const auto* v = body.if_contains(key);
        if (!v) continue;
        if (v->is_null()) {
            message[key] =
                std::string_view(key) == "content" ? json::value("") : json::value(json::array{});
        } else if (std::string_view(key) != "attachments") {
            message[key] = *v;
        }
    }
    if (!call.files().empty()) {
        auto extra =
            attachments_from(call, Snowflake::parse(message.at("channel_id").as_string()), body);
        auto& list = message["attachments"].as_array();
        for (auto& a : extra) list.push_back(std::move(a));
    }
    fill_mentions(call.world(), Snowflake::parse(message.at("channel_id").as_string()), message);
    message["edited_timestamp"] = World::iso_timestamp(
        std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now()));
}

json::object gateway_message(World& world, const json::object& message) {
    json::object out = message;
    const Snowflake channel = Snowflake::parse(message.at("channel_id").as_string());
    if (auto guild = world.guild_of_channel(channel)) {
        out["guild_id"] = guild->to_string();
        const auto& author = message.at("author").as_object();
        if (!message.contains("webhook_id")) {
            if (const auto* m =
                    world.member(*guild, Snowflake::parse(author.at("id").as_string()))) {
                json::object member = *m;
                member.erase("user");
                out["member"] = std::move(member);
            }
        }
    }
    out["reactions"] = world.reaction_summary(Snowflake::parse(message.at("id").as_string()));
    return out;
}

void announce_message(Call& call, std::string_view event, const json::object& message) {
    const Snowflake channel = Snowflake::parse(message.at("channel_id").as_string());
    const auto* ch = call.world().channel(channel);
    const std::uint32_t bit =
        ch ? message_intent(*ch, intents::guild_messages, intents::direct_messages)
           : intents::guild_messages;
    call.emit(event, gateway_message(call.world(), message), call.world().guild_of_channel(channel),
              bit);
}

}  // namespace hikari::sandbox
