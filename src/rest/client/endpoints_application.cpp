// The bot's application (/applications/@me) and guild application command permissions.

#include "rest/client/endpoint_helpers.hpp"

namespace hikari {

using namespace rest;

Task<ApplicationInfo> RESTClient::fetch_my_application() {
    auto request_spec = spec(routes::get_my_application, {});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_application(response.body);
}

Task<ApplicationInfo> RESTClient::edit_my_application(ApplicationEditOptions o) {
    if (o.tags.has_value() && o.tags->size() > 5) {
        throw ValueError("an application has at most 5 tags");
    }
    JsonWriter w;
    w.begin_object();
    put(w, "description", o.description, write_string);
    put(w, "interactions_endpoint_url", o.interactions_endpoint_url, write_string);
    put(w, "custom_install_url", o.custom_install_url, write_string);
    put(w, "tags", o.tags, [](JsonWriter& out, const std::vector<std::string>& tags) {
        out.begin_array();
        for (const auto& t : tags) out.string(t);
        out.end_array();
    });
    put(w, "flags", o.flags, write_int<std::uint64_t>);
    w.end_object();
    auto request_spec = with_body(spec(routes::patch_my_application, {}), json_body(std::move(w)));
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_application(response.body);
}

Task<std::vector<GuildApplicationCommandPermissions>> RESTClient::fetch_guild_command_permissions(
    Snowflake application, Snowflake guild) {
    auto request_spec = spec(routes::get_guild_command_permissions, {id(application), id(guild)});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<GuildApplicationCommandPermissions>(response.body);
}

Task<GuildApplicationCommandPermissions> RESTClient::fetch_command_permissions(
    Snowflake application, Snowflake guild, Snowflake command) {
    return impl_->request_model<GuildApplicationCommandPermissions>(
        spec(routes::get_command_permissions, {id(application), id(guild), id(command)}));
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
        with_body(spec(routes::put_command_permissions, {id(application), id(guild), id(command)}),
                  json_body(std::move(w))));
}

}  // namespace hikari
