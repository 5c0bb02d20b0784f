// Reactions: add/remove own, remove someone's, list users, remove all or one emoji.
// Every mutation shares the "reactions" bucket of the channel, as on Discord.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/message_ops.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>

#include <algorithm>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

struct EmojiRef {
    std::string key;  // "name" for unicode, "name:id" for custom
    json::object object;
};

/// "👍" or "name:id" (the path is already percent-decoded); 10014 when it names nothing.
EmojiRef parse_emoji(Call& call) {
    const std::string& text = call.param("emoji");
    const auto colon = text.find(':');
    if (colon == std::string::npos) {
        // Unicode emoji are never plain ASCII; "thumbsup" and friends are unknown.
        const bool has_non_ascii = std::any_of(
            text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
        if (!has_non_ascii || text.size() > 64) throw api_errors::unknown_emoji();
        return {text, json::object{{"id", nullptr}, {"name", text}}};
    }
    const std::string name = text.substr(0, colon);
    const auto id = Snowflake::try_parse(std::string_view(text).substr(colon + 1));
    if (!id || name.empty()) throw api_errors::unknown_emoji();
    World& world = call.world();
    for (const Snowflake guild : world.guild_ids()) {
        for (const auto& e : world.guild(guild)->at("emojis").as_array()) {
            if (e.at("id") == json::value(id->to_string())) {
                return {name + ":" + id->to_string(), json::object{{"id", id->to_string()},
                                                                   {"name", e.at("name")},
                                                                   {"animated", e.at("animated")}}};
            }
        }
    }
    throw api_errors::unknown_emoji();
}

struct Target {
    json::object* channel;
    json::object* message;
    Snowflake channel_id;
    Snowflake message_id;
};

Target target(Call& call) {
    json::object& channel = text_channel_or_404(call);
    const Snowflake channel_id = call.id("channel_id");
    const Snowflake message_id = call.id("message_id");
    json::object& message = message_or_404(call, channel_id, message_id);
    return {&channel, &message, channel_id, message_id};
}

json::object reaction_event(const Target& t, const EmojiRef& emoji) {
    json::object data{{"channel_id", t.channel_id.to_string()},
                      {"message_id", t.message_id.to_string()},
                      {"emoji", emoji.object},
                      {"burst", false},
                      {"type", 0}};
    if (auto guild = guild_of(*t.channel)) data["guild_id"] = guild->to_string();
    return data;
}

std::uint32_t reaction_intent(const Target& t) {
    return message_intent(*t.channel, intents::guild_message_reactions,
                          intents::direct_message_reactions);
}

Response remove_user_reaction(Call& call, Snowflake user) {
    const Target t = target(call);
    const EmojiRef emoji = parse_emoji(call);
    auto& reactions = call.world().reactions(t.message_id);
    auto it = reactions.find(emoji.key);
    if (it != reactions.end()) {
        auto& users = it->second.users;
        auto pos = std::find(users.begin(), users.end(), user);
        if (pos != users.end()) {
            users.erase(pos);
            if (users.empty()) reactions.erase(it);
            json::object data = reaction_event(t, emoji);
            data["user_id"] = user.to_string();
            call.emit("MESSAGE_REACTION_REMOVE", std::move(data), guild_of(*t.channel),
                      reaction_intent(t));
        }
    }
    return Response::no_content();
}

}  // namespace

void add_reaction_routes(Router& router) {
    const std::string base = "/channels/{channel_id}/messages/{message_id}/reactions";
    router.add("PUT", base + "/{emoji}/@me", "reactions", [](Call& call) {
        const Target t = target(call);
        const EmojiRef emoji = parse_emoji(call);
        World& world = call.world();
        auto& entry = world.reactions(t.message_id)[emoji.key];
        entry.emoji = emoji.object;
        if (std::find(entry.users.begin(), entry.users.end(), world.bot_id()) ==
            entry.users.end()) {
            entry.users.push_back(world.bot_id());
            json::object data = reaction_event(t, emoji);
            data["user_id"] = world.bot_id().to_string();
            data["message_author_id"] = t.message->at("author").at("id");
            const auto guild = guild_of(*t.channel);
            if (guild) {
                if (const auto* m = world.member(*guild, world.bot_id())) data["member"] = *m;
            }
            call.emit("MESSAGE_REACTION_ADD", std::move(data), guild, reaction_intent(t));
        }
        return Response::no_content();
    });
    router.add("DELETE", base + "/{emoji}/@me", "reactions",
               [](Call& call) { return remove_user_reaction(call, call.world().bot_id()); });
    router.add("DELETE", base + "/{emoji}/{user_id}", "reactions",
               [](Call& call) { return remove_user_reaction(call, call.id("user_id")); });
    router.add("GET", base + "/{emoji}", "reactions_read", [](Call& call) {
        const Target t = target(call);
        const EmojiRef emoji = parse_emoji(call);
        const auto limit = static_cast<std::size_t>(call.query_int("limit", 1, 100, 25));
        const auto after = call.query_id("after");
        (void)call.query_int("type", 0, 1, 0);  // validated, burst reactions are not kept apart
        auto& reactions = call.world().reactions(t.message_id);
        std::vector<Snowflake> users;
        if (auto it = reactions.find(emoji.key); it != reactions.end()) users = it->second.users;
        std::sort(users.begin(), users.end());
        json::array out;
        for (const Snowflake id : users) {
            if (after && id <= *after) continue;
            if (out.size() >= limit) break;
            if (const auto* u = call.world().user(id)) out.push_back(*u);
        }
        return Response::json(200, out);
    });
    router.add("DELETE", base, "reactions", [](Call& call) {
        const Target t = target(call);
        call.world().reactions(t.message_id).clear();
        json::object data{{"channel_id", t.channel_id.to_string()},
                          {"message_id", t.message_id.to_string()}};
        const auto guild = guild_of(*t.channel);
        if (guild) data["guild_id"] = guild->to_string();
        call.emit("MESSAGE_REACTION_REMOVE_ALL", std::move(data), guild, reaction_intent(t));
        return Response::no_content();
    });
    router.add("DELETE", base + "/{emoji}", "reactions", [](Call& call) {
        const Target t = target(call);
        const EmojiRef emoji = parse_emoji(call);
        call.world().reactions(t.message_id).erase(emoji.key);
        call.emit("MESSAGE_REACTION_REMOVE_EMOJI", reaction_event(t, emoji), guild_of(*t.channel),
                  reaction_intent(t));
        return Response::no_content();
    });
}

}  // namespace hikari::sandbox
