// Guild members: list with limit/after, get, modify (nick, roles, mute, deaf, timeout),
// kick, add/remove one role, search.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/audit_log.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/routes.hpp"
#include "sandbox/state/entities.hpp"

#include <boost/json/array.hpp>

#include <algorithm>
#include <chrono>

namespace hikari::sandbox {

namespace json = boost::json;

Snowflake guild_or_404(Call& call);  // routes_guilds.cpp

namespace {

json::object& member_or_404(Call& call, Snowflake guild, Snowflake user) {
    auto* m = call.world().member(guild, user);
    if (!m) throw api_errors::unknown_member();
    return *m;
}

/// The bot may not act on the owner (its role is never higher).
void check_hierarchy(Call& call, Snowflake guild, Snowflake user) {
    World& world = call.world();
    if (user != world.bot_id() &&
        world.guild(guild)->at("owner_id") == json::value(user.to_string())) {
        throw api_errors::missing_permissions();
    }
}

void announce_member_update(Call& call, Snowflake guild, const json::object& member) {
    json::object data = member;
    data["guild_id"] = guild.to_string();
    call.emit("GUILD_MEMBER_UPDATE", std::move(data), guild, intents::guild_members);
}

Response modify_member(Call& call, Snowflake guild, Snowflake user, bool self) {
    json::object& member = member_or_404(call, guild, user);
    const auto& body = call.body();
    FormErrors errors;
    if (const auto* nick = body.if_contains("nick"); nick && !nick->is_null()) {
        errors.string(body, "nick", 0, 32, false);
    }
    std::optional<json::array> roles;
    if (!self) {
        if (const auto* r = body.if_contains("roles"); r && !r->is_null()) {
            if (!r->is_array()) {
                errors.add("roles", "BASE_TYPE_ARRAY", "Must be an array.");
            } else {
                roles.emplace();
                for (std::size_t i = 0; i < r->get_array().size(); ++i) {
                    const auto& v = r->get_array()[i];
                    auto id = v.is_string() ? Snowflake::try_parse(v.get_string()) : std::nullopt;
                    if (!id || !call.world().role(guild, *id)) {
                        errors.add("roles." + std::to_string(i), "INVALID_ROLE", "Role not found.");
                    } else if (*id != guild) {
                        roles->push_back(json::value(id->to_string()));
                    }
                }
            }
        }
        errors.boolean(body, "mute");
        errors.boolean(body, "deaf");
        if (const auto* t = body.if_contains("communication_disabled_until");
            t && !t->is_null() && !t->is_string()) {
            errors.add("communication_disabled_until", "DATE_TYPE_PARSE", "Could not parse date.");
        }
    }
    errors.raise_if_any();
    if (!self) check_hierarchy(call, guild, user);
    if (const auto* nick = body.if_contains("nick")) {
        member["nick"] = nick->is_null() || (nick->is_string() && nick->get_string().empty())
                             ? json::value(nullptr)
                             : *nick;
    }
    if (roles) member["roles"] = std::move(*roles);
    if (!self) {
        for (const char* key : {"mute", "deaf", "communication_disabled_until"}) {
            if (const auto* v = body.if_contains(key)) member[key] = *v;
        }
    }
    announce_member_update(call, guild, member);
    return Response::json(200, member);
}

}  // namespace

void add_member_routes(Router& router) {
    router.add("GET", "/guilds/{guild_id}/members", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const auto limit = static_cast<std::size_t>(call.query_int("limit", 1, 1000, 1));
        const auto after = call.query_id("after");
        json::array out;
        for (const auto* m : call.world().members(guild)) {
            const Snowflake id = Snowflake::parse(m->at("user").at("id").as_string());
            if (after && id <= *after) continue;
            if (out.size() >= limit) break;
            out.push_back(*m);
        }
        return Response::json(200, out);
    });
    router.add("GET", "/guilds/{guild_id}/members/search", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const auto query = call.query("query");
        if (!query) raise_field_error("query", "BASE_TYPE_REQUIRED", "This field is required");
        const auto limit = static_cast<std::size_t>(call.query_int("limit", 1, 1000, 1));
        json::array out;
        for (const auto* m : call.world().members(guild)) {
            const auto& user = m->at("user").as_object();
            const std::string_view name = user.at("username").as_string();
            const auto* nick = m->at("nick").if_string();
            if (name.starts_with(*query) || (nick && std::string_view(*nick).starts_with(*query))) {
                out.push_back(*m);
            }
            if (out.size() >= limit) break;
        }
        return Response::json(200, out);
    });
    router.add("GET", "/guilds/{guild_id}/members/{user_id}", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return Response::json(200, member_or_404(call, guild, call.id("user_id")));
    });
    router.add("PATCH", "/guilds/{guild_id}/members/{user_id}", "guild_members", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return modify_member(call, guild, call.id("user_id"), false);
    });
    router.add("PATCH", "/guilds/{guild_id}/members/@me", "guild_members", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return modify_member(call, guild, call.world().bot_id(), true);
    });
    // Add Guild Member: Discord checks the user's OAuth2 token (guilds.join scope), which the
    // sandbox cannot; it takes any non-empty access_token for a user it knows.
    router.add("PUT", "/guilds/{guild_id}/members/{user_id}", "guild_members", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const Snowflake user = call.id("user_id");
        FormErrors errors;
        errors.string(call.body(), "access_token", 1, 4096, true);
        const auto nick = errors.string(call.body(), "nick", 1, 32, false);
        errors.raise_if_any();
        World& world = call.world();
        if (world.member(guild, user)) return Response::no_content();  // already in: 204
        const auto* known = world.user(user);
        if (!known) throw api_errors::unknown_user();
        using std::chrono::system_clock;
        json::object& member = world.add_member(
            guild, entities::member(*known, std::chrono::time_point_cast<std::chrono::milliseconds>(
                                                system_clock::now())));
        if (nick) member["nick"] = *nick;
        json::object data = member;
        data["guild_id"] = guild.to_string();
        call.emit("GUILD_MEMBER_ADD", std::move(data), guild, intents::guild_members);
        return Response::json(201, member);
    });
    router.add("DELETE", "/guilds/{guild_id}/members/{user_id}", "guild_members", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const Snowflake user = call.id("user_id");
        const json::object member = member_or_404(call, guild, user);
        check_hierarchy(call, guild, user);
        call.world().remove_member(guild, user);
        call.emit("GUILD_MEMBER_REMOVE",
                  json::object{{"guild_id", guild.to_string()}, {"user", member.at("user")}}, guild,
                  intents::guild_members);
        record_audit(call, guild, 20, user);
        return Response::no_content();
    });
    auto role_change = [](bool add) {
        return [add](Call& call) {
            const Snowflake guild = guild_or_404(call);
            const Snowflake user = call.id("user_id");
            json::object& member = member_or_404(call, guild, user);
            const Snowflake role = call.id("role_id");
            if (!call.world().role(guild, role)) throw api_errors::unknown_role();
            check_hierarchy(call, guild, user);
            auto& roles = member["roles"].as_array();
            const json::value key(role.to_string());
            const auto it = std::find(roles.begin(), roles.end(), key);
            if (add && it == roles.end() && role != guild) {
                roles.push_back(key);
                announce_member_update(call, guild, member);
            } else if (!add && it != roles.end()) {
                roles.erase(it);
                announce_member_update(call, guild, member);
            }
            return Response::no_content();
        };
    };
    router.add("PUT", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", "guild_members",
               role_change(true));
    router.add("DELETE", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", "guild_members",
               role_change(false));
}

}  // namespace hikari::sandbox
