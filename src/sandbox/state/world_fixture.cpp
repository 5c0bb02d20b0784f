// Loading a hand-written world from JSON. Fixtures may leave out any field that has a sensible
// default; missing fields are filled from the entity builders so objects stay complete.
//
// {"bot": {"id", "username"}, "users": [...],
//  "guilds": [{"id", "name", "owner_id"?, "channels": [...], "roles": [...],
//              "members": [{"user": {...}, ...}], "messages": [{"id", "channel_id", ...}]}]}

#include "sandbox/state/entities.hpp"
#include "sandbox/state/world.hpp"

#include <hikari/core/errors_base.hpp>

#include <boost/json/parse.hpp>

#include <fstream>
#include <sstream>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

[[noreturn]] void fail(const std::string& where, const std::string& what) {
    throw ParseError("sandbox fixture: " + where + ": " + what);
}

const json::object& object_at(const json::value& v, const std::string& where) {
    if (!v.is_object()) fail(where, "expected an object");
    return v.get_object();
}

const json::array& array_field(const json::object& o, const char* key, const std::string& where) {
    static const json::array empty;
    const auto* v = o.if_contains(key);
    if (!v) return empty;
    if (!v->is_array()) fail(where + "." + key, "expected an array");
    return v->get_array();
}

std::string string_field(const json::object& o, const char* key, const std::string& where) {
    const auto* v = o.if_contains(key);
    if (!v || !v->is_string()) fail(where + "." + key, "expected a string");
    return std::string(v->get_string());
}

Snowflake id_field(const json::object& o, const char* key, const std::string& where) {
    const std::string text = string_field(o, key, where);
    auto id = Snowflake::try_parse(text);
    if (!id) fail(where + "." + key, "not a snowflake: '" + text + "'");
    return *id;
}

/// Defaults overlaid with what the fixture says.
json::object merged(json::object defaults, const json::object& given) {
    for (const auto& [key, value] : given) defaults[key] = value;
    return defaults;
}

}  // namespace

void World::load_fixture(const std::string& path) {
    std::ifstream file(path);
    if (!file) fail(path, "cannot open");
    std::stringstream text;
    text << file.rdbuf();
    boost::system::error_code ec;
    json::value root = json::parse(text.str(), ec);
    if (ec) fail(path, "invalid JSON: " + ec.message());
    const auto& top = object_at(root, "root");

    const auto* bot_value = top.if_contains("bot");
    if (!bot_value) fail("root.bot", "missing");
    const auto& bot = object_at(*bot_value, "bot");
    bot_id_ = id_field(bot, "id", "bot");
    users_[bot_id_] =
        merged(entities::user(bot_id_, string_field(bot, "username", "bot"), true), bot);
    application_id_ = bot_id_;
    // A fixture names no owner: the bot's own user stands in.
    application_ = entities::application(
        application_id_, std::string(users_[bot_id_].at("username").as_string()), users_[bot_id_],
        users_[bot_id_],
        static_cast<std::int64_t>(top.contains("guilds") && top.at("guilds").is_array()
                                      ? top.at("guilds").as_array().size()
                                      : 0));

    const auto& user_list = array_field(top, "users", "root");
    for (std::size_t i = 0; i < user_list.size(); ++i) {
        const std::string where = "users[" + std::to_string(i) + "]";
        const auto& u = object_at(user_list[i], where);
        const Snowflake id = id_field(u, "id", where);
        users_[id] = merged(entities::user(id, string_field(u, "username", where), false), u);
    }

    const auto& guild_list = array_field(top, "guilds", "root");
    for (std::size_t gi = 0; gi < guild_list.size(); ++gi) {
        const std::string where = "guilds[" + std::to_string(gi) + "]";
        const auto& g = object_at(guild_list[gi], where);
        const Snowflake guild_id = id_field(g, "id", where);
        const Snowflake owner = g.contains("owner_id") ? id_field(g, "owner_id", where) : bot_id_;
        json::object guild_fields;
        for (const auto& [key, value] : g) {
            if (key != "channels" && key != "roles" && key != "members" && key != "messages") {
                guild_fields[key] = value;
            }
        }
        guilds_[guild_id] =
            merged(entities::guild(guild_id, string_field(g, "name", where), owner, Snowflake{}),
                   guild_fields);
        if (!guild_fields.contains("system_channel_id")) {
            guilds_[guild_id]["system_channel_id"] = nullptr;
        }

        roles_[guild_id][guild_id] = entities::role(guild_id, "@everyone", 0, "1071698660929", 0);
        const auto& role_list = array_field(g, "roles", where);
        for (std::size_t i = 0; i < role_list.size(); ++i) {
            const std::string w = where + ".roles[" + std::to_string(i) + "]";
            const auto& r = object_at(role_list[i], w);
            const Snowflake id = id_field(r, "id", w);
            roles_[guild_id][id] = merged(
                entities::role(id, string_field(r, "name", w), static_cast<int>(i + 1), "0", 0), r);
        }

        const auto& channel_list = array_field(g, "channels", where);
        for (std::size_t i = 0; i < channel_list.size(); ++i) {
            const std::string w = where + ".channels[" + std::to_string(i) + "]";
            const auto& c = object_at(channel_list[i], w);
            const Snowflake id = id_field(c, "id", w);
            int type = 0;
            if (const auto* t = c.if_contains("type")) {
                if (!t->is_int64()) fail(w + ".type", "expected an integer");
                type = static_cast<int>(t->get_int64());
            }
            channels_[id] =
                merged(entities::guild_channel(id, guild_id, type, string_field(c, "name", w),
                                               static_cast<int>(i), std::nullopt),
                       c);
            channels_[id]["guild_id"] = guild_id.to_string();
        }

        members_[guild_id][bot_id_] = entities::member(users_[bot_id_], guild_id.created_at());
        const auto& member_list = array_field(g, "members", where);
        for (std::size_t i = 0; i < member_list.size(); ++i) {
            const std::string w = where + ".members[" + std::to_string(i) + "]";
            const auto& m = object_at(member_list[i], w);
            const auto* u = m.if_contains("user");
            if (!u) fail(w + ".user", "missing");
            const auto& user_object = object_at(*u, w + ".user");
            const Snowflake id = id_field(user_object, "id", w + ".user");
            if (!users_.contains(id)) {
                users_[id] = merged(
                    entities::user(id, string_field(user_object, "username", w + ".user"), false),
                    user_object);
            }
            json::object full = merged(entities::member(users_[id], id.created_at()), m);
            full["user"] = users_[id];
            members_[guild_id][id] = std::move(full);
        }

        const auto& message_list = array_field(g, "messages", where);
        for (std::size_t i = 0; i < message_list.size(); ++i) {
            const std::string w = where + ".messages[" + std::to_string(i) + "]";
            const auto& m = object_at(message_list[i], w);
            const Snowflake id = id_field(m, "id", w);
            const Snowflake channel_id = id_field(m, "channel_id", w);
            if (!channels_.contains(channel_id)) fail(w + ".channel_id", "unknown channel");
            const Snowflake author =
                m.contains("author_id") ? id_field(m, "author_id", w) : bot_id_;
            if (!users_.contains(author)) fail(w + ".author_id", "unknown user");
            json::object msg = merged(entities::message(id, channel_id, users_[author], ""), m);
            msg.erase("author_id");
            add_message(channel_id, std::move(msg));
        }
    }
}

}  // namespace hikari::sandbox
