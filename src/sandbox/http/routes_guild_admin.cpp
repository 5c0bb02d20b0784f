// Guild administration: prune (count and begin), bulk ban, and integrations.
//
// The sandbox keeps no record of member activity, so for prune every member counts as
// inactive for `days`: a member is pruned when it holds no role besides the included ones
// and is neither the owner nor the bot, which keeps the outcome deterministic for tests.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/audit_log.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace hikari::sandbox {

namespace json = boost::json;

Snowflake guild_or_404(Call& call);  // routes_guilds.cpp

namespace {

struct PruneRequest {
    std::int64_t days = 7;
    std::vector<std::string> include_roles;
    bool compute_count = true;
};

/// include_roles comes comma-separated in the query (GET) or as an array in the body (POST).
PruneRequest read_prune(Call& call, Snowflake guild, bool from_body) {
    PruneRequest out;
    FormErrors errors;
    if (from_body) {
        const auto& body = call.body();
        if (auto d = errors.integer(body, "days", 1, 30, false)) out.days = *d;
        if (auto c = errors.boolean(body, "compute_prune_count")) out.compute_count = *c;
        if (const auto* roles = body.if_contains("include_roles"); roles && !roles->is_null()) {
            if (!roles->is_array()) {
                errors.add("include_roles", "BASE_TYPE_ARRAY", "Must be an array.");
            } else {
                for (const auto& r : roles->get_array()) {
                    if (r.is_string()) out.include_roles.emplace_back(r.get_string());
                }
            }
        }
    } else {
        out.days = call.query_int("days", 1, 30, 7);
        if (auto roles = call.query("include_roles")) {
            std::size_t start = 0;
            while (start <= roles->size() && !roles->empty()) {
                const auto comma = roles->find(',', start);
                out.include_roles.push_back(roles->substr(start, comma - start));
                if (comma == std::string::npos) break;
                start = comma + 1;
            }
        }
    }
    for (std::size_t i = 0; i < out.include_roles.size(); ++i) {
        const auto id = Snowflake::try_parse(out.include_roles[i]);
        if (!id || !call.world().role(guild, *id)) {
            errors.add("include_roles." + std::to_string(i), "INVALID_ROLE", "Role not found.");
        }
    }
    errors.raise_if_any();
    return out;
}

std::vector<Snowflake> prunable(Call& call, Snowflake guild, const PruneRequest& request) {
    World& world = call.world();
    const json::value owner = world.guild(guild)->at("owner_id");
    std::vector<Snowflake> out;
    for (const auto* m : world.members(guild)) {
        const auto& user = m->at("user").as_object();
        const Snowflake id = Snowflake::parse(user.at("id").as_string());
        if (id == world.bot_id() || json::value(id.to_string()) == owner) continue;
        bool keeps_a_role = false;
        for (const auto& r : m->at("roles").as_array()) {
            const std::string role(r.as_string());
            keeps_a_role |= std::find(request.include_roles.begin(), request.include_roles.end(),
                                      role) == request.include_roles.end();
        }
        if (!keeps_a_role) out.push_back(id);
    }
    return out;
}

/// The integrations of a guild; the bot's own "discord" integration is there from the start,
/// as on Discord, next to a Twitch one to list and delete.
std::map<Snowflake, json::object>& integrations(Call& call, Snowflake guild) {
    World& world = call.world();
    auto& store = world.entities("integrations", guild);
    auto& seeded = world.entities("integrations_seeded", guild);
    if (seeded.empty()) {
        seeded[Snowflake{}] = json::object{};
        const Snowflake bot_integration = world.next_id();
        store[bot_integration] = json::object{
            {"id", bot_integration.to_string()},
            {"name", world.bot_user().at("username")},
            {"type", "discord"},
            {"enabled", true},
            {"account", json::object{{"id", world.application_id().to_string()},
                                     {"name", world.bot_user().at("username")}}},
            {"application", json::object{{"id", world.application_id().to_string()},
                                         {"name", world.application().contains("name")
                                                      ? world.application().at("name")
                                                      : json::value("sandbox")},
                                         {"icon", nullptr},
                                         {"description", ""},
                                         {"bot", world.bot_user()}}},
            {"scopes", json::array{"bot", "applications.commands"}},
            {"user", world.bot_user()},
        };
        const Snowflake twitch = world.next_id();
        store[twitch] = json::object{
            {"id", twitch.to_string()},
            {"name", "sandbox-stream"},
            {"type", "twitch"},
            {"enabled", true},
            {"syncing", false},
            {"role_id", nullptr},
            {"enable_emoticons", false},
            {"expire_behavior", 0},
            {"expire_grace_period", 1},
            {"account", json::object{{"id", "1234567"}, {"name", "sandbox-stream"}}},
            {"synced_at", World::iso_timestamp(twitch.created_at())},
            {"subscriber_count", 0},
            {"revoked", false},
        };
    }
    return store;
}

}  // namespace

void add_guild_admin_routes(Router& router) {
    router.add("GET", "/guilds/{guild_id}/prune", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const auto request = read_prune(call, guild, false);
        return Response::json(200, json::object{{"pruned", prunable(call, guild, request).size()}});
    });
    router.add("POST", "/guilds/{guild_id}/prune", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const auto request = read_prune(call, guild, true);
        const auto ids = prunable(call, guild, request);
        World& world = call.world();
        for (const Snowflake id : ids) {
            const json::object user = world.member(guild, id)->at("user").as_object();
            world.remove_member(guild, id);
            call.emit("GUILD_MEMBER_REMOVE",
                      json::object{{"guild_id", guild.to_string()}, {"user", user}}, guild,
                      intents::guild_members);
        }
        record_audit(call, guild, 21, std::nullopt, {},
                     json::object{{"delete_member_days", std::to_string(request.days)},
                                  {"members_removed", std::to_string(ids.size())}});
        return Response::json(
            200, json::object{{"pruned", request.compute_count ? json::value(ids.size())
                                                               : json::value(nullptr)}});
    });

    router.add("POST", "/guilds/{guild_id}/bulk-ban", "guild_bans", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        World& world = call.world();
        const auto& body = call.body();
        FormErrors errors;
        errors.integer(body, "delete_message_seconds", 0, 604800, false);
        std::vector<Snowflake> users;
        const auto* list = body.if_contains("user_ids");
        if (!list || !list->is_array()) {
            errors.add("user_ids", "BASE_TYPE_REQUIRED", "This field is required");
        } else if (list->get_array().empty() || list->get_array().size() > 200) {
            errors.add("user_ids", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 200 in length.");
        } else {
            for (std::size_t i = 0; i < list->get_array().size(); ++i) {
                const auto& v = list->get_array()[i];
                auto id = v.is_string() ? Snowflake::try_parse(v.get_string()) : std::nullopt;
                if (!id) {
                    errors.add("user_ids." + std::to_string(i), "NUMBER_TYPE_COERCE",
                               "Value \"" + (v.is_string() ? std::string(v.get_string()) : "") +
                                   "\" is not snowflake.");
                } else {
                    users.push_back(*id);
                }
            }
        }
        errors.raise_if_any();
        const json::value owner = world.guild(guild)->at("owner_id");
        json::array banned;
        json::array failed;
        for (const Snowflake id : users) {
            const auto* user = world.user(id);
            if (!user || id == world.bot_id() || json::value(id.to_string()) == owner ||
                world.ban(guild, id)) {
                failed.push_back(json::value(id.to_string()));
                continue;
            }
            const json::object user_copy = *user;
            const auto reason = audit_reason(call);
            world.add_ban(guild, json::object{{"reason", reason ? json::value(*reason)
                                                                : json::value(nullptr)},
                                              {"user", user_copy}});
            if (world.remove_member(guild, id)) {
                call.emit("GUILD_MEMBER_REMOVE",
                          json::object{{"guild_id", guild.to_string()}, {"user", user_copy}}, guild,
                          intents::guild_members);
            }
            call.emit("GUILD_BAN_ADD",
                      json::object{{"guild_id", guild.to_string()}, {"user", user_copy}}, guild,
                      intents::guild_moderation);
            record_audit(call, guild, 22, id);
            banned.push_back(json::value(id.to_string()));
        }
        // Discord does not document the status; a client error, so that clients do not retry.
        if (banned.empty()) throw ApiError(400, 500000, "Failed to ban users");
        return Response::json(200, json::object{{"banned_users", std::move(banned)},
                                                {"failed_users", std::move(failed)}});
    });

    router.add("GET", "/guilds/{guild_id}/integrations", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        json::array out;
        for (const auto& [id, integration] : integrations(call, guild)) out.push_back(integration);
        return Response::json(200, out);
    });
    router.add("DELETE", "/guilds/{guild_id}/integrations/{integration_id}", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const Snowflake id = call.id("integration_id");
        auto& store = integrations(call, guild);
        auto it = store.find(id);
        if (it == store.end()) throw ApiError(404, 10005, "Unknown Integration");
        const json::object integration = std::move(it->second);
        store.erase(it);
        json::object deleted{{"id", id.to_string()}, {"guild_id", guild.to_string()}};
        if (const auto* app = integration.if_contains("application")) {
            deleted["application_id"] = app->at("id");
        }
        call.emit("INTEGRATION_DELETE", std::move(deleted), guild, intents::guild_integrations);
        call.emit("GUILD_INTEGRATIONS_UPDATE", json::object{{"guild_id", guild.to_string()}}, guild,
                  intents::guild_integrations);
        record_audit(call, guild, 82, id,
                     json::array{audit_change("type", integration.at("type"), nullptr),
                                 audit_change("name", integration.at("name"), nullptr)});
        return Response::no_content();
    });
}

}  // namespace hikari::sandbox
