// Auto moderation rules, and application commands fetched or edited one at a time.

#include "rest/client/endpoint_helpers.hpp"

#include <hikari/model/auto_moderation.hpp>

namespace hikari {

using namespace rest;

namespace {

http::Body rule_body(const AutoModerationRuleOptions& o, bool creating) {
    if (creating && (o.name.is_undefined() || o.event_type.is_undefined() ||
                     o.trigger_type.is_undefined() || o.actions.is_undefined())) {
        throw ValueError(
            "a new auto moderation rule needs name, event_type, trigger_type and "
            "actions");
    }
    if (!creating && o.trigger_type.has_value()) {
        throw ValueError("the trigger type of an auto moderation rule cannot change");
    }
    if (o.name.has_value() && (o.name->empty() || o.name->size() > 100)) {
        throw ValueError("a rule name must be 1 to 100 characters");
    }
    JsonWriter w;
    w.begin_object();
    put(w, "name", o.name, write_string);
    put(w, "event_type", o.event_type, write_enum<AutoModerationEventType>);
    put(w, "trigger_type", o.trigger_type, write_enum<AutoModerationTriggerType>);
    put(w, "trigger_metadata", o.trigger_metadata,
        [](JsonWriter& out, const AutoModerationTriggerMetadata& m) { out.raw(to_json(m)); });
    put(w, "actions", o.actions,
        [](JsonWriter& out, const std::vector<AutoModerationAction>& actions) {
            out.begin_array();
            for (const auto& a : actions) out.raw(to_json(a));
            out.end_array();
        });
    put(w, "enabled", o.enabled, write_bool);
    put(w, "exempt_roles", o.exempt_roles, write_ids);
    put(w, "exempt_channels", o.exempt_channels, write_ids);
    w.end_object();
    return json_body(std::move(w));
}

}  // namespace

Task<std::vector<AutoModerationRule>> RESTClient::fetch_auto_moderation_rules(Snowflake guild) {
    auto request_spec = spec(routes::get_automod_rules, {guild});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<AutoModerationRule>(response.body);
}

Task<AutoModerationRule> RESTClient::fetch_auto_moderation_rule(Snowflake guild, Snowflake rule) {
    return impl_->request_model<AutoModerationRule>(spec(routes::get_automod_rule, {guild, rule}));
}

Task<AutoModerationRule> RESTClient::create_auto_moderation_rule(
    Snowflake guild, AutoModerationRuleOptions options, std::optional<std::string> reason) {
    return impl_->request_model<AutoModerationRule>(with_body(
        spec(routes::post_automod_rule, {guild}, std::move(reason)), rule_body(options, true)));
}

Task<AutoModerationRule> RESTClient::edit_auto_moderation_rule(Snowflake guild, Snowflake rule,
                                                               AutoModerationRuleOptions options,
                                                               std::optional<std::string> reason) {
    return impl_->request_model<AutoModerationRule>(
        with_body(spec(routes::patch_automod_rule, {guild, rule}, std::move(reason)),
                  rule_body(options, false)));
}

Task<void> RESTClient::delete_auto_moderation_rule(Snowflake guild, Snowflake rule,
                                                   std::optional<std::string> reason) {
    auto request_spec = spec(routes::delete_automod_rule, {guild, rule}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

Task<ApplicationCommand> RESTClient::fetch_application_command(Snowflake application,
                                                               Snowflake command,
                                                               std::optional<Snowflake> guild) {
    auto request_spec = guild ? spec(routes::get_guild_command, {application, *guild, command})
                              : spec(routes::get_command, {application, command});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_command(response.body);
}

Task<ApplicationCommand> RESTClient::edit_application_command(Snowflake application,
                                                              Snowflake command,
                                                              CommandEditOptions o,
                                                              std::optional<Snowflake> guild) {
    if (o.name.has_value() && (o.name->empty() || o.name->size() > 32)) {
        throw ValueError("a command name must be 1 to 32 characters");
    }
    JsonWriter w;
    w.begin_object();
    put(w, "name", o.name, write_string);
    put(w, "description", o.description, write_string);
    put(w, "options", o.options_json, [](JsonWriter& out, const std::string& raw) {
        out.raw(raw.empty() ? std::string_view("[]") : std::string_view(raw));
    });
    put(w, "default_member_permissions", o.default_member_permissions,
        [](JsonWriter& out, Permissions p) { out.string(std::to_string(p.value())); });
    put(w, "nsfw", o.nsfw, write_bool);
    w.end_object();
    auto s = guild ? spec(routes::patch_guild_command, {application, *guild, command})
                   : spec(routes::patch_command, {application, command});
    auto request_spec = with_body(std::move(s), json_body(std::move(w)));
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_command(response.body);
}

}  // namespace hikari
