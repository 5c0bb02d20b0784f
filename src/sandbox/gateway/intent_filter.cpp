#include "sandbox/gateway/intent_filter.hpp"

#include <boost/json/array.hpp>
#include <boost/json/string.hpp>

#include <unordered_set>

namespace hikari::sandbox {
namespace json = boost::json;

namespace {

std::string_view id_of(const json::value* user) {
    if (user == nullptr || !user->is_object()) return {};
    const json::value* id = user->as_object().if_contains("id");
    if (id == nullptr || !id->is_string()) return {};
    return id->as_string();
}

std::string_view string_field(const json::object& object, std::string_view key) {
    const json::value* value = object.if_contains(key);
    if (value == nullptr || !value->is_string()) return {};
    return value->as_string();
}

}  // namespace

bool strip_message_content(json::object& message, Snowflake bot_id) {
    if (string_field(message, "guild_id").empty()) return false;  // DMs keep their content
    const std::string bot = bot_id.to_string();
    if (id_of(message.if_contains("author")) == bot) return false;
    if (const json::value* mentions = message.if_contains("mentions");
        mentions != nullptr && mentions->is_array()) {
        for (const json::value& user : mentions->as_array()) {
            if (id_of(&user) == bot) return false;
        }
    }
    // MESSAGE_UPDATE may be partial: only blank the fields that are present.
    if (message.contains("content")) message["content"] = "";
    for (const char* key : {"embeds", "attachments", "components"}) {
        if (message.contains(key)) message[key] = json::array{};
    }
    message.erase("poll");
    return true;
}

json::object filter_guild_create(json::object guild, std::uint64_t session_intents,
                                 unsigned large_threshold, Snowflake bot_id) {
    const std::string bot = bot_id.to_string();
    std::size_t member_count = 0;
    if (const json::value* count = guild.if_contains("member_count");
        count != nullptr && count->is_number()) {
        member_count = count->to_number<std::size_t>();
    } else if (const json::value* members = guild.if_contains("members");
               members != nullptr && members->is_array()) {
        member_count = members->as_array().size();
    }
    const bool large = member_count > large_threshold;
    guild["large"] = large;

    std::unordered_set<std::string> in_voice;
    if (const json::value* states = guild.if_contains("voice_states");
        states != nullptr && states->is_array()) {
        for (const json::value& state : states->as_array()) {
            if (state.is_object()) in_voice.emplace(string_field(state.as_object(), "user_id"));
        }
    }
    std::unordered_set<std::string> online;
    if (const json::value* presences = guild.if_contains("presences");
        presences != nullptr && presences->is_array()) {
        for (const json::value& presence : presences->as_array()) {
            if (!presence.is_object()) continue;
            const std::string_view status = string_field(presence.as_object(), "status");
            if (!status.empty() && status != "offline") {
                online.emplace(id_of(presence.as_object().if_contains("user")));
            }
        }
    }

    const bool presences_intent = (session_intents & intents::guild_presences) != 0;
    auto keep_member = [&](const json::object& member) {
        const std::string id(id_of(member.if_contains("user")));
        if (id == bot || in_voice.contains(id)) return true;
        if (!presences_intent) return false;
        if (!large) return true;
        if (online.contains(id)) return true;
        const json::value* roles = member.if_contains("roles");
        if (roles != nullptr && roles->is_array() && !roles->as_array().empty()) return true;
        const json::value* nick = member.if_contains("nick");
        return nick != nullptr && nick->is_string();
    };
    std::unordered_set<std::string> kept;
    if (json::value* members = guild.if_contains("members");
        members != nullptr && members->is_array()) {
        json::array filtered;
        for (json::value& member : members->as_array()) {
            if (member.is_object() && keep_member(member.as_object())) {
                kept.emplace(id_of(member.as_object().if_contains("user")));
                filtered.push_back(std::move(member));
            }
        }
        *members = std::move(filtered);
    }
    if (json::value* presences = guild.if_contains("presences");
        presences != nullptr && presences->is_array()) {
        json::array filtered;
        for (json::value& presence : presences->as_array()) {
            if (!presence.is_object()) continue;
            const std::string id(id_of(presence.as_object().if_contains("user")));
            const bool offline = string_field(presence.as_object(), "status") == "offline";
            if (!kept.contains(id)) continue;
            if (presences_intent && large && offline) continue;
            filtered.push_back(std::move(presence));
        }
        *presences = std::move(filtered);
    }
    return guild;
}

}  // namespace hikari::sandbox
