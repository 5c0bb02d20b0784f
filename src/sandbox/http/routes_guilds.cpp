// Guilds: GET/PATCH /guilds/{id}, roles (list/create/modify/delete) and bans.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/audit_log.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/routes.hpp"
#include "sandbox/state/entities.hpp"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>

namespace hikari::sandbox {

namespace json = boost::json;

Snowflake guild_or_404(Call& call) {
    const Snowflake guild = call.id("guild_id");
    if (!call.world().guild(guild)) throw api_errors::unknown_guild();
    return guild;
}

namespace {

bool has_feature(const json::object& guild, std::string_view feature) {
    const json::value* features = guild.if_contains("features");
    if (features == nullptr || !features->is_array()) return false;
    const auto& list = features->get_array();
    return std::find(list.begin(), list.end(), json::value(feature)) != list.end();
}

/// The role colors object (permissions.mdx "Role Colors Object"), which clients send in place
/// of the deprecated `color` (discord.js does since 14.21). Writes `color` as well, which the
/// API keeps returning as the primary colour. Secondary and tertiary colours need the guild's
/// ENHANCED_ROLE_COLORS feature; a tertiary colour is only accepted as the holographic triple.
std::optional<json::object> role_colours(const json::object& body, const json::object& guild,
                                         FormErrors& errors) {
    const json::value* colors = body.if_contains("colors");
    if (colors == nullptr || colors->is_null()) return std::nullopt;
    if (!colors->is_object()) {
        errors.add("colors", "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
        return std::nullopt;
    }
    const json::object& c = colors->get_object();
    constexpr std::int64_t max = 0xFFFFFF;
    const auto primary = errors.integer(c, "primary_color", 0, max, false, "colors");
    const auto secondary = errors.integer(c, "secondary_color", 0, max, false, "colors");
    const auto tertiary = errors.integer(c, "tertiary_color", 0, max, false, "colors");
    if ((secondary || tertiary) && !has_feature(guild, "ENHANCED_ROLE_COLORS")) {
        // Discord does not document the exact error; a form error on the field says why.
        errors.add("colors", "GUILD_FEATURE_REQUIRED",
                   "Gradient role colors need the ENHANCED_ROLE_COLORS guild feature.");
        return std::nullopt;
    }
    constexpr std::int64_t holographic[] = {11127295, 16759788, 16761760};
    if (tertiary &&
        (primary != holographic[0] || secondary != holographic[1] || *tertiary != holographic[2])) {
        errors.add("colors", "ROLE_COLORS_INVALID_HOLOGRAPHIC",
                   "A tertiary color is only valid as the holographic style.");
        return std::nullopt;
    }
    auto optional_colour = [](const std::optional<std::int64_t>& v) {
        return v ? json::value(*v) : json::value(nullptr);
    };
    return json::object{{"primary_color", primary.value_or(0)},
                        {"secondary_color", optional_colour(secondary)},
                        {"tertiary_color", optional_colour(tertiary)}};
}

/// Validates role fields and copies them into `role`.
void apply_role_fields(const json::object& body, const json::object& guild, json::object& role) {
    FormErrors errors;
    auto name = errors.string(body, "name", 0, 100, false);
    auto colour = errors.integer(body, "color", 0, 0xFFFFFF, false);
    auto colours = role_colours(body, guild, errors);
    auto hoist = errors.boolean(body, "hoist");
    auto mentionable = errors.boolean(body, "mentionable");
    std::optional<std::string> permissions;
    if (const auto* p = body.if_contains("permissions"); p && !p->is_null()) {
        const bool digits = p->is_string() && !p->get_string().empty() &&
                            p->get_string().size() <= 20 &&
                            std::all_of(p->get_string().begin(), p->get_string().end(),
                                        [](char c) { return c >= '0' && c <= '9'; });
        if (digits) {
            permissions = std::string(p->get_string());
        } else {
            errors.add("permissions", "NUMBER_TYPE_COERCE",
                       "Value \"" + json::serialize(*p) + "\" is not int.");
        }
    }
    errors.raise_if_any();
    if (name) role["name"] = *name;
    if (colours) {
        role["color"] = colours->at("primary_color");
        role["colors"] = std::move(*colours);
    } else if (colour) {
        role["color"] = *colour;
        role["colors"].as_object()["primary_color"] = *colour;
    }
    if (hoist) role["hoist"] = *hoist;
    if (mentionable) role["mentionable"] = *mentionable;
    if (permissions) role["permissions"] = *permissions;
}

json::object& role_or_404(Call& call, Snowflake guild) {
    auto* role = call.world().role(guild, call.id("role_id"));
    if (!role) throw api_errors::unknown_role();
    return *role;
}

}  // namespace

void add_guild_routes(Router& router) {
    router.add("GET", "/guilds/{guild_id}", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        json::object out = call.world().guild_object(guild);
        if (call.query_bool("with_counts")) {
            out["approximate_member_count"] = call.world().members(guild).size();
            out["approximate_presence_count"] = 0;
        }
        return Response::json(200, out);
    });
    router.add("PATCH", "/guilds/{guild_id}", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        FormErrors errors;
        auto name = errors.string(call.body(), "name", 2, 100, false);
        auto description = errors.string(call.body(), "description", 0, 120, false);
        errors.raise_if_any();
        json::object& g = *call.world().guild(guild);
        if (name) g["name"] = *name;
        if (description) g["description"] = *description;
        json::object out = call.world().guild_object(guild);
        call.emit("GUILD_UPDATE", out, guild, intents::guilds);
        return Response::json(200, out);
    });

    router.add("GET", "/guilds/{guild_id}/roles", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        json::array out;
        for (const auto* r : call.world().roles(guild)) out.push_back(*r);
        return Response::json(200, out);
    });
    router.add("GET", "/guilds/{guild_id}/roles/{role_id}", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return Response::json(200, role_or_404(call, guild));
    });
    router.add("POST", "/guilds/{guild_id}/roles", "guild_roles", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        World& world = call.world();
        json::object role = entities::role(world.next_id(), "new role", 1, "0", 0);
        apply_role_fields(call.body(), *world.guild(guild), role);
        // New roles sit just above @everyone; the others move up one.
        for (const auto* r : world.roles(guild)) {
            auto* mutable_role = world.role(guild, Snowflake::parse(r->at("id").as_string()));
            const auto position = r->at("position").to_number<std::int64_t>();
            if (position >= 1) (*mutable_role)["position"] = position + 1;
        }
        const json::object& stored = world.add_role(guild, std::move(role));
        call.emit("GUILD_ROLE_CREATE",
                  json::object{{"guild_id", guild.to_string()}, {"role", stored}}, guild,
                  intents::guilds);
        record_audit(call, guild, 30, Snowflake::parse(stored.at("id").as_string()),
                     json::array{audit_change("name", nullptr, stored.at("name"))});
        return Response::json(200, stored);
    });
    router.add("PATCH", "/guilds/{guild_id}/roles/{role_id}", "guild_roles", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        json::object& role = role_or_404(call, guild);
        const json::object before = role;
        apply_role_fields(call.body(), *call.world().guild(guild), role);
        json::array changes;
        for (const auto& [key, value] : role) {
            const auto* old = before.if_contains(key);
            if (!old || *old != value) {
                changes.push_back(audit_change(key, old ? *old : json::value(), value));
            }
        }
        record_audit(call, guild, 31, call.id("role_id"), std::move(changes));
        call.emit("GUILD_ROLE_UPDATE",
                  json::object{{"guild_id", guild.to_string()}, {"role", role}}, guild,
                  intents::guilds);
        return Response::json(200, role);
    });
    router.add("DELETE", "/guilds/{guild_id}/roles/{role_id}", "guild_roles", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const json::object& role = role_or_404(call, guild);
        const Snowflake role_id = call.id("role_id");
        if (role_id == guild || role.at("managed").as_bool()) {
            throw ApiError(400, 50028, "Invalid Role");
        }
        json::array changes{audit_change("name", role.at("name"), nullptr)};
        call.world().remove_role(guild, role_id);
        record_audit(call, guild, 32, role_id, std::move(changes));
        call.emit("GUILD_ROLE_DELETE",
                  json::object{{"guild_id", guild.to_string()}, {"role_id", role_id.to_string()}},
                  guild, intents::guilds);
        return Response::no_content();
    });

    router.add("GET", "/guilds/{guild_id}/bans", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const auto limit = static_cast<std::size_t>(call.query_int("limit", 1, 1000, 1000));
        const auto before = call.query_id("before");
        const auto after = call.query_id("after");
        json::array out;
        for (const auto* b : call.world().bans(guild)) {
            const Snowflake user = Snowflake::parse(b->at("user").at("id").as_string());
            if (before && user >= *before) continue;
            if (after && user <= *after) continue;
            if (out.size() >= limit) break;
            out.push_back(*b);
        }
        return Response::json(200, out);
    });
    router.add("GET", "/guilds/{guild_id}/bans/{user_id}", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const auto* ban = call.world().ban(guild, call.id("user_id"));
        if (!ban) throw api_errors::unknown_ban();
        return Response::json(200, *ban);
    });
    router.add("PUT", "/guilds/{guild_id}/bans/{user_id}", "guild_bans", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        World& world = call.world();
        const Snowflake user_id = call.id("user_id");
        const auto* user = world.user(user_id);
        if (!user) throw api_errors::unknown_user();
        FormErrors errors;
        errors.integer(call.body(), "delete_message_seconds", 0, 604800, false);
        errors.raise_if_any();
        if (world.guild(guild)->at("owner_id") == json::value(user_id.to_string()) ||
            user_id == world.bot_id()) {
            throw api_errors::missing_permissions();
        }
        const auto reason = audit_reason(call);
        world.add_ban(guild,
                      json::object{{"reason", reason ? json::value(*reason) : json::value(nullptr)},
                                   {"user", *user}});
        if (world.remove_member(guild, user_id)) {
            call.emit("GUILD_MEMBER_REMOVE",
                      json::object{{"guild_id", guild.to_string()}, {"user", *user}}, guild,
                      intents::guild_members);
        }
        call.emit("GUILD_BAN_ADD", json::object{{"guild_id", guild.to_string()}, {"user", *user}},
                  guild, intents::guild_moderation);
        record_audit(call, guild, 22, user_id);
        return Response::no_content();
    });
    router.add("DELETE", "/guilds/{guild_id}/bans/{user_id}", "guild_bans", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        World& world = call.world();
        const Snowflake user_id = call.id("user_id");
        const auto* ban = world.ban(guild, user_id);
        if (!ban) throw api_errors::unknown_ban();
        const json::object user = ban->at("user").as_object();
        world.remove_ban(guild, user_id);
        call.emit("GUILD_BAN_REMOVE", json::object{{"guild_id", guild.to_string()}, {"user", user}},
                  guild, intents::guild_moderation);
        record_audit(call, guild, 23, user_id);
        return Response::no_content();
    });
}

}  // namespace hikari::sandbox
