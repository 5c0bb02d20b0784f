// Guilds, their channels and roles.

#include "rest/client/endpoint_helpers.hpp"

namespace hikari {

using namespace rest;

namespace {

void write_positions(JsonWriter& w, const std::vector<PositionChange>& positions) {
    w.begin_array();
    for (const auto& p : positions) {
        w.begin_object().key("id").string(id(p.id));
        put(w, "position", p.position, write_int<std::int32_t>);
        put(w, "lock_permissions", p.lock_permissions, write_bool);
        put(w, "parent_id", p.parent_id, write_id);
        w.end_object();
    }
    w.end_array();
}

http::Body role_body(const RoleOptions& o) {
    JsonWriter w;
    w.begin_object();
    put(w, "name", o.name, write_string);
    put(w, "permissions", o.permissions,
        [](JsonWriter& out, Permissions p) { out.string(std::to_string(p.value())); });
    put(w, "color", o.colour, write_int<std::uint32_t>);
    put(w, "hoist", o.hoist, write_bool);
    put(w, "unicode_emoji", o.unicode_emoji, write_string);
    put(w, "mentionable", o.mentionable, write_bool);
    w.end_object();
    return json_body(std::move(w));
}

}  // namespace

Task<Guild> RESTClient::fetch_guild(Snowflake guild) {
    auto s = spec(routes::get_guild, {guild});
    s.query.emplace_back("with_counts", "true");
    return impl_->request_model<Guild>(std::move(s));
}

Task<Guild> RESTClient::edit_guild(Snowflake guild, GuildEditOptions o,
                                   std::optional<std::string> reason) {
    JsonWriter w;
    w.begin_object();
    put(w, "name", o.name, write_string);
    put(w, "verification_level", o.verification_level, write_enum<VerificationLevel>);
    put(w, "default_message_notifications", o.default_message_notifications,
        write_enum<MessageNotificationLevel>);
    put(w, "explicit_content_filter", o.explicit_content_filter,
        write_enum<ExplicitContentFilterLevel>);
    put(w, "afk_channel_id", o.afk_channel_id, write_id);
    put(w, "afk_timeout", o.afk_timeout, write_int<std::int32_t>);
    put(w, "system_channel_id", o.system_channel_id, write_id);
    put(w, "rules_channel_id", o.rules_channel_id, write_id);
    put(w, "description", o.description, write_string);
    put(w, "preferred_locale", o.preferred_locale, write_string);
    w.end_object();
    return impl_->request_model<Guild>(
        with_body(spec(routes::patch_guild, {guild}, std::move(reason)), json_body(std::move(w))));
}

Task<std::vector<Channel>> RESTClient::fetch_guild_channels(Snowflake guild) {
    auto request_spec = spec(routes::get_guild_channels, {guild});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<Channel>(response.body);
}

Task<Channel> RESTClient::create_guild_channel(Snowflake guild, GuildChannelCreateOptions o,
                                               std::optional<std::string> reason) {
    if (o.name.empty() || o.name.size() > 100) {
        throw ValueError("a channel name must be 1 to 100 characters");
    }
    JsonWriter w;
    w.begin_object().key("name").string(o.name).key("type").number(
        static_cast<std::int64_t>(o.type));
    put(w, "topic", o.topic, write_string);
    put(w, "position", o.position, write_int<std::int32_t>);
    put(w, "nsfw", o.nsfw, write_bool);
    put(w, "parent_id", o.parent_id, write_id);
    put(w, "rate_limit_per_user", o.rate_limit_per_user, write_int<std::int32_t>);
    put(w, "permission_overwrites", o.permission_overwrites, write_overwrites);
    w.end_object();
    return impl_->request_model<Channel>(with_body(
        spec(routes::post_guild_channels, {guild}, std::move(reason)), json_body(std::move(w))));
}

Task<void> RESTClient::edit_channel_positions(Snowflake guild,
                                              std::vector<PositionChange> positions) {
    JsonWriter w;
    write_positions(w, positions);
    auto request_spec =
        with_body(spec(routes::patch_guild_channels, {guild}), json_body(std::move(w)));
    co_await impl_->request(std::move(request_spec));
}

Task<std::vector<Role>> RESTClient::fetch_roles(Snowflake guild) {
    auto request_spec = spec(routes::get_roles, {guild});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<Role>(response.body);
}

Task<RoleMemberCounts> RESTClient::fetch_role_member_counts(Snowflake guild) {
    auto request_spec = spec(routes::get_role_member_counts, {guild});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_role_member_counts(response.body);
}

Task<Role> RESTClient::fetch_role(Snowflake guild, Snowflake role) {
    return impl_->request_model<Role>(spec(routes::get_role, {guild, role}));
}

Task<Role> RESTClient::create_role(Snowflake guild, RoleOptions options,
                                   std::optional<std::string> reason) {
    return impl_->request_model<Role>(
        with_body(spec(routes::post_role, {guild}, std::move(reason)), role_body(options)));
}

Task<Role> RESTClient::edit_role(Snowflake guild, Snowflake role, RoleOptions options,
                                 std::optional<std::string> reason) {
    return impl_->request_model<Role>(
        with_body(spec(routes::patch_role, {guild, role}, std::move(reason)), role_body(options)));
}

Task<void> RESTClient::delete_role(Snowflake guild, Snowflake role,
                                   std::optional<std::string> reason) {
    auto request_spec = spec(routes::delete_role, {guild, role}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

Task<std::vector<Role>> RESTClient::edit_role_positions(Snowflake guild,
                                                        std::vector<PositionChange> positions) {
    JsonWriter w;
    write_positions(w, positions);
    auto request_spec = with_body(spec(routes::patch_roles, {guild}), json_body(std::move(w)));
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<Role>(response.body);
}

}  // namespace hikari
