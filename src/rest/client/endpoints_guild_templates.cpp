// Guild templates: fetch by code, and a guild's own template listed, created, synced, edited
// and deleted.

#include "rest/client/endpoint_helpers.hpp"

#include <hikari/model/guild_template.hpp>

namespace hikari {

using namespace rest;

namespace {

void check_code(const std::string& code) {
    if (code.empty()) throw ValueError("a template code must not be empty");
}

}  // namespace

Task<GuildTemplate> RESTClient::fetch_template(std::string code) {
    check_code(code);
    return impl_->request_model<GuildTemplate>(spec(routes::get_template, {code}));
}

Task<std::vector<GuildTemplate>> RESTClient::fetch_guild_templates(Snowflake guild) {
    auto request_spec = spec(routes::get_guild_templates, {guild});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<GuildTemplate>(response.body);
}

Task<GuildTemplate> RESTClient::create_template(Snowflake guild, std::string name,
                                                std::optional<std::string> description) {
    JsonWriter w;
    w.begin_object().key("name").string(name);
    if (description) w.key("description").string(*description);
    w.end_object();
    return impl_->request_model<GuildTemplate>(
        with_body(spec(routes::post_guild_template, {guild}), json_body(std::move(w))));
}

Task<GuildTemplate> RESTClient::sync_template(Snowflake guild, std::string code) {
    check_code(code);
    return impl_->request_model<GuildTemplate>(spec(routes::put_guild_template, {guild, code}));
}

Task<GuildTemplate> RESTClient::edit_template(Snowflake guild, std::string code,
                                              GuildTemplateEditOptions o) {
    check_code(code);
    JsonWriter w;
    w.begin_object();
    put(w, "name", o.name, write_string);
    put(w, "description", o.description, write_string);
    w.end_object();
    return impl_->request_model<GuildTemplate>(
        with_body(spec(routes::patch_guild_template, {guild, code}), json_body(std::move(w))));
}

Task<GuildTemplate> RESTClient::delete_template(Snowflake guild, std::string code) {
    check_code(code);
    return impl_->request_model<GuildTemplate>(spec(routes::delete_guild_template, {guild, code}));
}

}  // namespace hikari
