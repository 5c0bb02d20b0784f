// Users and the application: /users/@me, /users/{id}, /users/@me/guilds, /applications/@me.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/guild_permissions.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>

#include <string>
#include <vector>

namespace hikari::sandbox {

namespace json = boost::json;

void add_user_routes(Router& router) {
    router.add("GET", "/users/@me", "",
               [](Call& call) { return Response::json(200, call.world().bot_user()); });
    router.add("PATCH", "/users/@me", "", [](Call& call) {
        const auto& body = call.body();
        FormErrors errors;
        auto username = errors.string(body, "username", 2, 32, false);
        errors.raise_if_any();
        World& world = call.world();
        json::object& me = *world.user(world.bot_id());
        if (username) me["username"] = *username;
        if (const auto* avatar = body.if_contains("avatar")) {
            me["avatar"] = avatar->is_null() ? json::value(nullptr)
                                             : json::value("a1b2c3d4e5f60718293a4b5c6d7e8f90");
        }
        call.emit("USER_UPDATE", me, std::nullopt, 0);
        return Response::json(200, me);
    });
    router.add("GET", "/users/{user_id}", "", [](Call& call) {
        const auto* user = call.world().user(call.id("user_id"));
        if (!user) throw api_errors::unknown_user();
        return Response::json(200, *user);
    });
    router.add("GET", "/users/@me/guilds", "", [](Call& call) {
        const auto limit = call.query_int("limit", 1, 200, 200);
        const auto before = call.query_id("before");
        const auto after = call.query_id("after");
        const bool with_counts = call.query_bool("with_counts");
        World& world = call.world();
        // Ascending ids; with only `before`, the `limit` guilds just before it.
        std::vector<Snowflake> ids;
        for (const Snowflake id : world.guild_ids()) {
            if (before && id >= *before) continue;
            if (after && id <= *after) continue;
            ids.push_back(id);
        }
        if (before && !after && ids.size() > static_cast<std::size_t>(limit)) {
            ids.erase(ids.begin(), ids.end() - limit);
        }
        json::array out;
        for (const Snowflake id : ids) {
            if (static_cast<std::int64_t>(out.size()) >= limit) break;
            const auto& g = *world.guild(id);
            json::object entry{
                {"id", g.at("id")},
                {"name", g.at("name")},
                {"icon", g.at("icon")},
                {"banner", g.at("banner")},
                {"owner", g.at("owner_id") == json::value(world.bot_id().to_string())},
                {"permissions", std::to_string(guild_permissions(world, id, world.bot_id()))},
                {"features", g.at("features")},
            };
            if (with_counts) {
                entry["approximate_member_count"] = world.members(id).size();
                entry["approximate_presence_count"] = 0;
            }
            out.push_back(std::move(entry));
        }
        return Response::json(200, out);
    });
    router.add("GET", "/users/@me/guilds/{guild_id}/member", "", [](Call& call) {
        World& world = call.world();
        const Snowflake guild = call.id("guild_id");
        const auto* member = world.guild(guild) ? world.member(guild, world.bot_id()) : nullptr;
        if (!member) throw api_errors::unknown_guild();
        return Response::json(200, *member);
    });
    router.add("DELETE", "/users/@me/guilds/{guild_id}", "", [](Call& call) {
        World& world = call.world();
        const Snowflake guild = call.id("guild_id");
        if (!world.guild(guild)) throw api_errors::unknown_guild();
        if (world.guild(guild)->at("owner_id") == json::value(world.bot_id().to_string())) {
            throw ApiError(400, 50055, "Invalid Guild");  // owners delete, they do not leave
        }
        world.remove_guild(guild);
        call.emit("GUILD_DELETE", json::object{{"id", guild.to_string()}}, guild, intents::guilds);
        return Response::no_content();
    });
    router.add("POST", "/users/@me/channels", "", [](Call& call) {
        FormErrors errors;
        const auto recipient = errors.snowflake(call.body(), "recipient_id", true);
        errors.raise_if_any();
        World& world = call.world();
        const auto* user = world.user(*recipient);
        if (!user) throw api_errors::unknown_user();
        if (*recipient == world.bot_id()) {
            throw ApiError(400, 50007, "Cannot send messages to this user");
        }
        // One DM channel per recipient, as on Discord.
        if (auto existing = world.dm_channel(*recipient)) {
            return Response::json(200, *world.channel(*existing));
        }
        json::object channel{{"id", world.next_id().to_string()},
                             {"type", 1},
                             {"last_message_id", nullptr},
                             {"flags", 0},
                             {"recipients", json::array{*user}}};
        return Response::json(200, world.add_channel(std::move(channel)));
    });
    router.add("GET", "/applications/@me", "",
               [](Call& call) { return Response::json(200, call.world().application()); });
    router.add("GET", "/oauth2/applications/@me", "",
               [](Call& call) { return Response::json(200, call.world().application()); });
}

}  // namespace hikari::sandbox
