// RESTClient: construction, gateway and user endpoints (the bot's user, DMs, its guilds).

#include "rest/client/endpoint_helpers.hpp"

#include <memory>

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
    return impl_->request_model<User>(spec(routes::get_user, {user}));
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

namespace {

constexpr std::size_t my_guilds_per_page = 200;

struct MyGuildsCursor {
    std::optional<Snowflake> after;
    bool more = true;
};

Task<std::vector<OwnGuild>> my_guilds_page(std::shared_ptr<RESTClient::Impl> impl, bool with_counts,
                                           std::shared_ptr<MyGuildsCursor> cursor) {
    if (!cursor->more) co_return std::vector<OwnGuild>{};
    auto s = spec(routes::get_my_guilds, {});
    s.query.emplace_back("limit", std::to_string(my_guilds_per_page));
    if (cursor->after) s.query.emplace_back("after", id(*cursor->after));
    if (with_counts) s.query.emplace_back("with_counts", "true");
    auto response = co_await impl->request(std::move(s));
    auto page = parse_list<OwnGuild>(response.body);
    // A short page is the last one: no request just to learn that the next is empty.
    cursor->more = page.size() == my_guilds_per_page;
    for (const auto& g : page) {
        if (!cursor->after || *cursor->after < g.id) cursor->after = g.id;
    }
    co_return page;
}

}  // namespace

Paginator<OwnGuild> RESTClient::fetch_my_guilds(bool with_counts, std::optional<Snowflake> after) {
    auto cursor = std::make_shared<MyGuildsCursor>();
    cursor->after = after;
    return Paginator<OwnGuild>(
        [impl = impl_, with_counts, cursor] { return my_guilds_page(impl, with_counts, cursor); });
}

Task<Member> RESTClient::fetch_my_member(Snowflake guild) {
    return impl_->request_model<Member>(spec(routes::get_my_guild_member, {guild}));
}

Task<void> RESTClient::leave_guild(Snowflake guild) {
    auto request_spec = spec(routes::delete_my_guild, {guild});
    co_await impl_->request(std::move(request_spec));
}

}  // namespace hikari
