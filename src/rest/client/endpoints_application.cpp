// The bot's application (/applications/@me, /applications/{id}, /oauth2/applications/@me), its
// activity instances and attachments, its role connection metadata and the current user's role
// connection, and guild application command permissions.

#include "rest/client/endpoint_helpers.hpp"
#include "rest/client/json_fields.hpp"
#include "rest/client/message_body.hpp"

namespace hikari {

using namespace rest;

namespace {

void write_install_params(JsonWriter& w, const ApplicationInstallParams& p) {
    w.raw(to_json(p));
}

void write_type_configs(JsonWriter& w, const Dict<ApplicationIntegrationTypeConfig>& configs) {
    w.begin_object();
    for (const auto& [key, config] : configs.entries) w.key(key).raw(to_json(config));
    w.end_object();
}

void write_strings(JsonWriter& w, const std::vector<std::string>& strings) {
    w.begin_array();
    for (const auto& s : strings) w.string(s);
    w.end_array();
}

http::Body application_body(const ApplicationEditOptions& o) {
    if (o.tags.has_value() && o.tags->size() > 5) {
        throw ValueError("an application has at most 5 tags");
    }
    JsonWriter w;
    w.begin_object();
    put(w, "description", o.description, write_string);
    put(w, "interactions_endpoint_url", o.interactions_endpoint_url, write_string);
    put(w, "custom_install_url", o.custom_install_url, write_string);
    put(w, "role_connections_verification_url", o.role_connections_verification_url, write_string);
    put(w, "tags", o.tags, write_strings);
    put(w, "flags", o.flags, write_enum<ApplicationFlags>);
    put(w, "install_params", o.install_params, write_install_params);
    put(w, "integration_types_config", o.integration_types_config, write_type_configs);
    put(w, "icon", o.icon, write_string);
    put(w, "cover_image", o.cover_image, write_string);
    put(w, "event_webhooks_url", o.event_webhooks_url, write_string);
    put(w, "event_webhooks_status", o.event_webhooks_status,
        write_enum<ApplicationEventWebhookStatus>);
    put(w, "event_webhooks_types", o.event_webhooks_types, write_strings);
    w.end_object();
    return json_body(std::move(w));
}

}  // namespace

Task<Application> RESTClient::fetch_my_application() {
    return impl_->request_model<Application>(spec(routes::get_my_application, {}));
}

Task<Application> RESTClient::edit_my_application(ApplicationEditOptions o) {
    auto body = application_body(o);
    return impl_->request_model<Application>(
        with_body(spec(routes::patch_my_application, {}), std::move(body)));
}

Task<Application> RESTClient::fetch_application(Snowflake application) {
    return impl_->request_model<Application>(spec(routes::get_application, {application}));
}

Task<Application> RESTClient::edit_application(Snowflake application, ApplicationEditOptions o) {
    auto body = application_body(o);
    return impl_->request_model<Application>(
        with_body(spec(routes::patch_application, {application}), std::move(body)));
}

Task<Application> RESTClient::fetch_oauth2_application() {
    return impl_->request_model<Application>(spec(routes::get_oauth2_application, {}));
}

Task<ActivityInstance> RESTClient::fetch_activity_instance(Snowflake application,
                                                           std::string instance_id) {
    if (instance_id.empty()) throw ValueError("an activity instance id must not be empty");
    return impl_->request_model<ActivityInstance>(
        spec(routes::get_activity_instance, {application, instance_id}));
}

Task<std::vector<ApplicationRoleConnectionMetadata>> RESTClient::fetch_role_connection_metadata(
    Snowflake application) {
    auto request_spec = spec(routes::get_role_connection_metadata, {application});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<ApplicationRoleConnectionMetadata>(response.body);
}

Task<std::vector<ApplicationRoleConnectionMetadata>> RESTClient::set_role_connection_metadata(
    Snowflake application, std::vector<ApplicationRoleConnectionMetadata> records) {
    if (records.size() > 5)
        throw ValueError("an application has at most 5 role connection metadata records");
    JsonWriter w;
    w.begin_array();
    for (const auto& r : records) w.raw(to_json(r));
    w.end_array();
    auto request_spec = with_body(spec(routes::put_role_connection_metadata, {application}),
                                  json_body(std::move(w)));
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<ApplicationRoleConnectionMetadata>(response.body);
}

Task<Attachment> RESTClient::upload_application_attachment(Snowflake application, FileUpload file) {
    std::vector<http::MultipartPart> parts;
    parts.push_back(file_part("file", file));
    auto s = with_body(spec(routes::post_application_attachment, {application}),
                       http::make_multipart(parts, http::random_boundary()));
    auto response = co_await impl_->request(std::move(s));
    // {"attachment": {...}}
    co_return from_json<Attachment>(JsonFields(response.body).at("attachment"));
}

Task<ApplicationRoleConnection> RESTClient::fetch_my_role_connection(Snowflake application) {
    return impl_->request_model<ApplicationRoleConnection>(
        spec(routes::get_my_role_connection, {application}));
}

Task<ApplicationRoleConnection> RESTClient::edit_my_role_connection(Snowflake application,
                                                                    RoleConnectionEditOptions o) {
    if (o.platform_name.has_value() && o.platform_name->size() > 50) {
        throw ValueError("platform_name has at most 50 characters");
    }
    if (o.platform_username.has_value() && o.platform_username->size() > 100) {
        throw ValueError("platform_username has at most 100 characters");
    }
    JsonWriter w;
    w.begin_object();
    put(w, "platform_name", o.platform_name, write_string);
    put(w, "platform_username", o.platform_username, write_string);
    put(w, "metadata", o.metadata, [](JsonWriter& out, const Dict<std::string>& metadata) {
        out.begin_object();
        for (const auto& [key, value] : metadata.entries) out.key(key).string(value);
        out.end_object();
    });
    w.end_object();
    return impl_->request_model<ApplicationRoleConnection>(
        with_body(spec(routes::put_my_role_connection, {application}), json_body(std::move(w))));
}

Task<void> RESTClient::delete_my_role_connection(Snowflake application) {
    auto request_spec = spec(routes::delete_my_role_connection, {application});
    co_await impl_->request(std::move(request_spec));
}

Task<std::vector<GuildApplicationCommandPermissions>> RESTClient::fetch_guild_command_permissions(
    Snowflake application, Snowflake guild) {
    auto request_spec = spec(routes::get_guild_command_permissions, {application, guild});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<GuildApplicationCommandPermissions>(response.body);
}

Task<GuildApplicationCommandPermissions> RESTClient::fetch_command_permissions(
    Snowflake application, Snowflake guild, Snowflake command) {
    return impl_->request_model<GuildApplicationCommandPermissions>(
        spec(routes::get_command_permissions, {application, guild, command}));
}

Task<GuildApplicationCommandPermissions> RESTClient::edit_command_permissions(
    Snowflake application, Snowflake guild, Snowflake command,
    std::vector<ApplicationCommandPermission> permissions) {
    if (permissions.size() > 100) {
        throw ValueError("a command has at most 100 permission overwrites per guild");
    }
    JsonWriter w;
    w.begin_object().key("permissions").begin_array();
    for (const auto& p : permissions) {
        w.begin_object().key("id").string(id(p.id));
        w.key("type").number(static_cast<std::int64_t>(p.type));
        w.key("permission").boolean(p.permission);
        w.end_object();
    }
    w.end_array().end_object();
    return impl_->request_model<GuildApplicationCommandPermissions>(
        with_body(spec(routes::put_command_permissions, {application, guild, command}),
                  json_body(std::move(w))));
}

}  // namespace hikari
