// Auto moderation rules: list, get, create, modify, delete. Each change is announced
// (AUTO_MODERATION_RULE_CREATE/UPDATE/DELETE) and recorded in the audit log.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/audit_log.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"
#include "sandbox/http/routes.hpp"

#include <boost/json/array.hpp>

#include <map>

namespace hikari::sandbox {

namespace json = boost::json;

Snowflake guild_or_404(Call& call);  // routes_guilds.cpp

namespace {

std::map<Snowflake, json::object>& rules(Call& call, Snowflake guild) {
    return call.world().entities("auto_moderation_rules", guild);
}

json::object& rule_or_404(Call& call, Snowflake guild) {
    auto& store = rules(call, guild);
    auto it = store.find(call.id("rule_id"));
    if (it == store.end()) throw ApiError(404, 10066, "Unknown auto moderation rule");
    return it->second;
}

/// Checks an array of snowflakes of at most `max` items.
void check_ids(FormErrors& errors, const json::object& body, std::string_view key,
               std::size_t max) {
    const auto* v = body.if_contains(key);
    if (!v || v->is_null()) return;
    if (!v->is_array()) {
        errors.add(key, "BASE_TYPE_ARRAY", "Must be an array.");
        return;
    }
    if (v->get_array().size() > max) {
        errors.add(key, "BASE_TYPE_MAX_LENGTH",
                   "Must be " + std::to_string(max) + " or fewer in length.");
    }
    for (std::size_t i = 0; i < v->get_array().size(); ++i) {
        const auto& id = v->get_array()[i];
        if (!id.is_string() || !Snowflake::try_parse(id.get_string())) {
            errors.add(std::string(key) + "." + std::to_string(i), "NUMBER_TYPE_COERCE",
                       "Value is not snowflake.");
        }
    }
}

/// Validates a create (every required field) or modify body and copies it into `rule`.
void apply_rule_fields(const json::object& body, json::object& rule, bool creating) {
    FormErrors errors;
    auto name = errors.string(body, "name", 1, 100, creating);
    auto event_type = errors.integer(body, "event_type", 1, 2, creating);
    std::optional<std::int64_t> trigger_type;
    if (creating) {
        trigger_type = errors.integer(body, "trigger_type", 1, 6, true);
        if (trigger_type && *trigger_type == 2) {
            errors.add("trigger_type", "BASE_TYPE_CHOICES",
                       "Value must be one of {1, 3, 4, 5, 6}.");
        }
    }
    auto enabled = errors.boolean(body, "enabled");
    check_ids(errors, body, "exempt_roles", 20);
    check_ids(errors, body, "exempt_channels", 50);
    const auto* actions = body.if_contains("actions");
    if (creating && !actions) errors.add("actions", "BASE_TYPE_REQUIRED", "This field is required");
    if (actions) {
        if (!actions->is_array()) {
            errors.add("actions", "BASE_TYPE_ARRAY", "Must be an array.");
        } else {
            for (std::size_t i = 0; i < actions->get_array().size(); ++i) {
                const auto& a = actions->get_array()[i];
                const std::string prefix = "actions." + std::to_string(i);
                if (!a.is_object()) {
                    errors.add(prefix, "MODEL_TYPE_CONVERT", "Only dictionaries may be used.");
                    continue;
                }
                errors.integer(a.get_object(), "type", 1, 4, true, prefix);
            }
        }
    }
    const auto* metadata = body.if_contains("trigger_metadata");
    if (metadata && !metadata->is_object() && !metadata->is_null()) {
        errors.add("trigger_metadata", "MODEL_TYPE_CONVERT", "Only dictionaries may be used.");
    }
    errors.raise_if_any();
    if (name) rule["name"] = *name;
    if (event_type) rule["event_type"] = *event_type;
    if (trigger_type) rule["trigger_type"] = *trigger_type;
    if (enabled) rule["enabled"] = *enabled;
    if (actions) rule["actions"] = *actions;
    if (metadata && metadata->is_object()) rule["trigger_metadata"] = *metadata;
    for (const char* key : {"exempt_roles", "exempt_channels"}) {
        if (const auto* v = body.if_contains(key); v && v->is_array()) rule[key] = *v;
    }
}

void announce(Call& call, std::string_view event, Snowflake guild, const json::object& rule) {
    call.emit(event, rule, guild, intents::auto_moderation_configuration);
}

}  // namespace

void add_auto_moderation_routes(Router& router) {
    const std::string base = "/guilds/{guild_id}/auto-moderation/rules";
    router.add("GET", base, "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        json::array out;
        for (const auto& [id, rule] : rules(call, guild)) out.push_back(rule);
        return Response::json(200, out);
    });
    router.add("GET", base + "/{rule_id}", "", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        return Response::json(200, rule_or_404(call, guild));
    });
    router.add("POST", base, "auto_moderation", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        World& world = call.world();
        const Snowflake id = world.next_id();
        json::object rule{{"id", id.to_string()},
                          {"guild_id", guild.to_string()},
                          {"creator_id", world.bot_id().to_string()},
                          {"trigger_metadata", json::object{}},
                          {"enabled", false},
                          {"exempt_roles", json::array{}},
                          {"exempt_channels", json::array{}}};
        apply_rule_fields(call.body(), rule, true);
        // Discord allows one rule of each trigger type but keyword (6 of those).
        const auto type = rule.at("trigger_type").to_number<std::int64_t>();
        std::size_t same = 0;
        for (const auto& [other_id, other] : rules(call, guild)) {
            same += other.at("trigger_type").to_number<std::int64_t>() == type ? 1 : 0;
        }
        if (same >= (type == 1 ? 6U : 1U)) {
            throw ApiError(400, 30035, "Maximum number of rules of this trigger type reached");
        }
        const json::object& stored = rules(call, guild)[id] = std::move(rule);
        announce(call, "AUTO_MODERATION_RULE_CREATE", guild, stored);
        record_audit(call, guild, 140, id,
                     json::array{audit_change("name", nullptr, stored.at("name"))});
        return Response::json(200, stored);
    });
    router.add("PATCH", base + "/{rule_id}", "auto_moderation", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        json::object& rule = rule_or_404(call, guild);
        const json::object before = rule;
        apply_rule_fields(call.body(), rule, false);
        json::array changes;
        for (const auto& [key, value] : rule) {
            const auto* old = before.if_contains(key);
            if (!old || *old != value) {
                changes.push_back(audit_change(key, old ? *old : json::value(), value));
            }
        }
        announce(call, "AUTO_MODERATION_RULE_UPDATE", guild, rule);
        record_audit(call, guild, 141, call.id("rule_id"), std::move(changes));
        return Response::json(200, rule);
    });
    router.add("DELETE", base + "/{rule_id}", "auto_moderation", [](Call& call) {
        const Snowflake guild = guild_or_404(call);
        const json::object rule = rule_or_404(call, guild);
        rules(call, guild).erase(call.id("rule_id"));
        announce(call, "AUTO_MODERATION_RULE_DELETE", guild, rule);
        record_audit(call, guild, 142, call.id("rule_id"),
                     json::array{audit_change("name", rule.at("name"), nullptr)});
        return Response::no_content();
    });
}

}  // namespace hikari::sandbox
