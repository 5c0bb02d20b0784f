// RESTClient: construction, gateway and user endpoints.

#include "rest/client/endpoint_helpers.hpp"

namespace hikari {

using namespace rest;

RESTClient::RESTClient(boost::asio::any_io_executor executor, Token token, RESTOptions options)
    : impl_(std::make_shared<Impl>(std::move(executor), std::move(token), std::move(options))) {}
RESTClient::~RESTClient() = default;
RESTClient::RESTClient(RESTClient&&) noexcept = default;
RESTClient& RESTClient::operator=(RESTClient&&) noexcept = default;

RESTStats RESTClient::stats() const {
    return impl_->stats();
}
void RESTClient::close_idle_connections() {
    impl_->close_idle();
}

Task<std::string> RESTClient::fetch_gateway_url() {
    auto request_spec = spec(routes::get_gateway, {});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_gateway_url(response.body);
}

Task<GatewayBotInfo> RESTClient::fetch_gateway_bot_info() {
    auto request_spec = spec(routes::get_gateway_bot, {});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_gateway_bot(response.body);
}

Task<User> RESTClient::fetch_my_user() {
    return impl_->request_model<User>(spec(routes::get_my_user, {}));
}

Task<User> RESTClient::fetch_user(Snowflake user) {
    return impl_->request_model<User>(spec(routes::get_user, {id(user)}));
}

Task<User> RESTClient::edit_my_user(MyUserEditOptions options) {
    JsonWriter w;
    w.begin_object();
    put(w, "username", options.username, write_string);
    put(w, "avatar", options.avatar, write_string);
    put(w, "banner", options.banner, write_string);
    w.end_object();
    return impl_->request_model<User>(
        with_body(spec(routes::patch_my_user, {}), json_body(std::move(w))));
}

Task<Channel> RESTClient::create_dm_channel(Snowflake user) {
    JsonWriter w;
    w.begin_object().key("recipient_id").string(id(user)).end_object();
    return impl_->request_model<Channel>(
        with_body(spec(routes::post_my_channels, {}), json_body(std::move(w))));
}

Task<void> RESTClient::leave_guild(Snowflake guild) {
    auto request_spec = spec(routes::delete_my_guild, {id(guild)});
    co_await impl_->request(std::move(request_spec));
}

}  // namespace hikari
