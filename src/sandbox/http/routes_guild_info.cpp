// Guild figures and safety switches: the vanity URL (GET /guilds/{id}/vanity-url,
// MANAGE_GUILD), the member count of each role (GET /guilds/{id}/roles/member-counts),
// computed from the world's members, and the incident actions (PUT
// /guilds/{id}/incident-actions, MANAGE_GUILD), kept in the guild's incidents_data. Bots cannot set
// a vanity URL, so the control API does it (POST /_sandbox/vanity-url {guild_id, code, uses}).

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/context.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/guild_feature_support.hpp"
#include "sandbox/http/guild_permissions.hpp"
#include "sandbox/http/routes.hpp"

#include <hikari/core/time.hpp>

#include <boost/json/array.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <string>

namespace hikari::sandbox {

namespace json = boost::json;

namespace {

/// Uses of the vanity code, kept apart from the guild object (Discord does not show them
/// there).
std::int64_t& vanity_uses(World& world, Snowflake guild) {
    auto& store = world.entities("vanity_url", guild);
    auto& entry = store[Snowflake{}];
    if (!entry.contains("uses")) entry["uses"] = 0;
    return entry["uses"].as_int64();
}

Response control_set_vanity_url(Call& call) {
    World& world = call.world();
    FormErrors errors;
    const auto guild = errors.snowflake(call.body(), "guild_id", true);
    const auto code = errors.string(call.body(), "code", 2, 32, false);
    const auto uses = errors.integer(call.body(), "uses", 0, 1LL << 31, false);
    errors.raise_if_any();
    json::object* g = world.guild(*guild);
    if (!g) throw api_errors::unknown_guild();
    (*g)["vanity_url_code"] = code ? json::value(*code) : json::value(nullptr);
    auto& features = (*g)["features"];
    if (!features.is_array()) features = json::array{};
    auto& list = features.as_array();
    const auto has = std::find(list.begin(), list.end(), json::value("VANITY_URL"));
    if (code && has == list.end()) list.push_back("VANITY_URL");
    if (!code && has != list.end()) list.erase(has);
    vanity_uses(world, *guild) = code ? uses.value_or(0) : 0;
    json::object out = world.guild_object(*guild);
    call.emit("GUILD_UPDATE", out, guild, intents::guilds);
    return Response::json(200, out);
}

/// An incident action's time: null lifts the pause; otherwise an ISO8601 time at most 24
/// hours ahead. Records 50035 and returns nullopt when it is not.
std::optional<json::value> pause_until(FormErrors& errors, const json::object& body,
                                       const char* key) {
    const auto* v = body.if_contains(key);
    if (!v) return std::nullopt;
    if (v->is_null()) return json::value(nullptr);
    const auto time = v->is_string() ? try_parse_iso8601(v->get_string()) : std::nullopt;
    if (!time) {
        errors.add(key, "DATE_TYPE_PARSE", "Could not parse the timestamp. Should be ISO8601.");
        return std::nullopt;
    }
    if (*time > std::chrono::system_clock::now() + std::chrono::hours(24)) {
        errors.add(key, "INCIDENT_ACTIONS_TOO_FAR", "Can only be at most 24 hours in the future.");
        return std::nullopt;
    }
    return json::value(format_iso8601(*time));
}

Response put_incident_actions(Call& call) {
    const Snowflake guild = guild_or_404(call);
    require_bot_permission(call, guild, permission_bits::manage_guild);
    FormErrors errors;
    const auto invites = pause_until(errors, call.body(), "invites_disabled_until");
    const auto dms = pause_until(errors, call.body(), "dms_disabled_until");
    errors.raise_if_any();
    json::object& g = *call.world().guild(guild);
    json::value& stored = g["incidents_data"];
    if (!stored.is_object()) {
        stored = json::object{{"invites_disabled_until", nullptr}, {"dms_disabled_until", nullptr}};
    }
    if (invites) stored.as_object()["invites_disabled_until"] = *invites;
    if (dms) stored.as_object()["dms_disabled_until"] = *dms;
    const json::object out = stored.as_object();
    call.emit("GUILD_UPDATE", call.world().guild_object(guild), guild, intents::guilds);
    return Response::json(200, out);
}

}  // namespace

void add_guild_info_routes(Router& router) {
    router.add("PUT", "/guilds/{guild_id}/incident-actions", "", put_incident_actions);
    router.add("GET", "/guilds/{guild_id}/vanity-url", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        require_bot_permission(call, guild, permission_bits::manage_guild);
        World& world = call.world();
        const json::value code = world.guild(guild)->at("vanity_url_code");
        return Response::json(
            200,
            json::object{{"code", code}, {"uses", code.is_null() ? 0 : vanity_uses(world, guild)}});
    });
    router.add("GET", "/guilds/{guild_id}/roles/member-counts", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        World& world = call.world();
        std::map<std::string, std::int64_t> counts;
        for (const auto* role : world.roles(guild)) {
            const std::string id(role->at("id").as_string());
            if (id != guild.to_string()) counts[id] = 0;  // @everyone is not listed
        }
        for (const auto* member : world.members(guild)) {
            for (const auto& role : member->at("roles").as_array()) {
                auto it = counts.find(std::string(role.as_string()));
                if (it != counts.end()) ++it->second;
            }
        }
        json::object out;
        for (const auto& [id, n] : counts) out[id] = n;
        return Response::json(200, out);
    });
}

void add_guild_info_control_routes(Router& control) {
    control.add("POST", "/vanity-url", "", control_set_vanity_url);
}

}  // namespace hikari::sandbox
