// Custom emojis of a guild and of the application.

#include "rest/client/endpoint_helpers.hpp"
#include "rest/client/json_fields.hpp"

namespace hikari {

using namespace rest;

namespace {

http::Body create_body(const EmojiCreateOptions& o, bool with_roles) {
    if (o.name.size() < 2 || o.name.size() > 32) {
        throw ValueError("an emoji name must be 2 to 32 characters");
    }
    if (!o.image.starts_with("data:")) throw ValueError("an emoji image must be a data URI");
    JsonWriter w;
    w.begin_object().key("name").string(o.name).key("image").string(o.image);
    if (with_roles) {
        w.key("roles");
        write_ids(w, o.roles);
    }
    w.end_object();
    return json_body(std::move(w));
}

}  // namespace

Task<std::vector<Emoji>> RESTClient::fetch_guild_emojis(Snowflake guild) {
    auto request_spec = spec(routes::get_guild_emojis, {guild});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<Emoji>(response.body);
}

Task<Emoji> RESTClient::fetch_guild_emoji(Snowflake guild, Snowflake emoji) {
    return impl_->request_model<Emoji>(spec(routes::get_guild_emoji, {guild, emoji}));
}

Task<Emoji> RESTClient::create_guild_emoji(Snowflake guild, EmojiCreateOptions options,
                                           std::optional<std::string> reason) {
    return impl_->request_model<Emoji>(with_body(
        spec(routes::post_guild_emoji, {guild}, std::move(reason)), create_body(options, true)));
}

Task<Emoji> RESTClient::edit_guild_emoji(Snowflake guild, Snowflake emoji, EmojiEditOptions o,
                                         std::optional<std::string> reason) {
    JsonWriter w;
    w.begin_object();
    put(w, "name", o.name, write_string);
    put(w, "roles", o.roles, write_ids);
    w.end_object();
    return impl_->request_model<Emoji>(
        with_body(spec(routes::patch_guild_emoji, {guild, emoji}, std::move(reason)),
                  json_body(std::move(w))));
}

Task<void> RESTClient::delete_guild_emoji(Snowflake guild, Snowflake emoji,
                                          std::optional<std::string> reason) {
    auto request_spec = spec(routes::delete_guild_emoji, {guild, emoji}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

Task<std::vector<Emoji>> RESTClient::fetch_application_emojis(Snowflake application) {
    auto request_spec = spec(routes::get_application_emojis, {application});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<Emoji>(JsonFields(response.body).at("items"));
}

Task<Emoji> RESTClient::fetch_application_emoji(Snowflake application, Snowflake emoji) {
    return impl_->request_model<Emoji>(spec(routes::get_application_emoji, {application, emoji}));
}

Task<Emoji> RESTClient::create_application_emoji(Snowflake application,
                                                 EmojiCreateOptions options) {
    if (!options.roles.empty()) throw ValueError("application emojis take no roles");
    return impl_->request_model<Emoji>(with_body(
        spec(routes::post_application_emoji, {application}), create_body(options, false)));
}

Task<Emoji> RESTClient::edit_application_emoji(Snowflake application, Snowflake emoji,
                                               std::string name) {
    JsonWriter w;
    w.begin_object().key("name").string(name).end_object();
    return impl_->request_model<Emoji>(with_body(
        spec(routes::patch_application_emoji, {application, emoji}), json_body(std::move(w))));
}

Task<void> RESTClient::delete_application_emoji(Snowflake application, Snowflake emoji) {
    auto request_spec = spec(routes::delete_application_emoji, {application, emoji});
    co_await impl_->request(std::move(request_spec));
}

}  // namespace hikari
