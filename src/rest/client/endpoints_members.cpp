// Guild members and bans.

#include "rest/client/endpoint_helpers.hpp"

namespace hikari {

using namespace rest;

namespace {

Task<std::vector<Member>> members_page(std::shared_ptr<RESTClient::Impl> impl, Snowflake guild,
                                       std::shared_ptr<Snowflake> after) {
    auto s = spec(routes::get_members, {guild});
    s.query = {{"limit", "1000"}, {"after", id(*after)}};
    auto response = co_await impl->request(std::move(s));
    auto page = parse_list<Member>(response.body);
    for (const auto& m : page) {
        if (!m.user) throw ParseError("a member in the list has no user");
        if (*after < m.user->id) *after = m.user->id;
    }
    co_return page;
}

Task<std::vector<GuildBan>> bans_page(std::shared_ptr<RESTClient::Impl> impl, Snowflake guild,
                                      std::shared_ptr<Snowflake> after) {
    auto s = spec(routes::get_bans, {guild});
    s.query = {{"limit", "1000"}, {"after", id(*after)}};
    auto response = co_await impl->request(std::move(s));
    auto page = parse_list<GuildBan>(response.body);
    for (const auto& b : page) {
        if (*after < b.user.id) *after = b.user.id;
    }
    co_return page;
}

}  // namespace

Task<Member> RESTClient::fetch_member(Snowflake guild, Snowflake user) {
    return impl_->request_model<Member>(spec(routes::get_member, {guild, user}));
}

Paginator<Member> RESTClient::fetch_members(Snowflake guild) {
    auto after = std::make_shared<Snowflake>();
    return Paginator<Member>(
        [impl = impl_, guild, after] { return members_page(impl, guild, after); });
}

Task<std::vector<Member>> RESTClient::search_members(Snowflake guild, std::string query,
                                                     int limit) {
    if (query.empty()) throw ValueError("search_members needs a non-empty query");
    if (limit < 1 || limit > 1000) throw ValueError("limit must be 1 to 1000");
    auto s = spec(routes::get_members_search, {guild});
    s.query = {{"query", std::move(query)}, {"limit", std::to_string(limit)}};
    auto response = co_await impl_->request(std::move(s));
    co_return parse_list<Member>(response.body);
}

Task<Member> RESTClient::edit_member(Snowflake guild, Snowflake user, MemberEditOptions o,
                                     std::optional<std::string> reason) {
    JsonWriter w;
    w.begin_object();
    put(w, "nick", o.nickname, write_string);
    put(w, "roles", o.roles, write_ids);
    put(w, "mute", o.mute, write_bool);
    put(w, "deaf", o.deaf, write_bool);
    put(w, "channel_id", o.voice_channel, write_id);
    put(w, "communication_disabled_until", o.communication_disabled_until,
        [](JsonWriter& out, Timestamp t) { out.string(format_iso8601(t)); });
    w.end_object();
    return impl_->request_model<Member>(with_body(
        spec(routes::patch_member, {guild, user}, std::move(reason)), json_body(std::move(w))));
}

Task<std::optional<Member>> RESTClient::add_member(Snowflake guild, Snowflake user,
                                                   std::string access_token, MemberAddOptions o) {
    if (access_token.empty()) throw ValueError("add_member needs the user's OAuth2 access token");
    JsonWriter w;
    w.begin_object();
    w.key("access_token").string(access_token);
    put(w, "nick", o.nickname, write_string);
    put(w, "roles", o.roles, write_ids);
    put(w, "mute", o.mute, write_bool);
    put(w, "deaf", o.deaf, write_bool);
    w.end_object();
    auto request_spec = with_body(spec(routes::put_member, {guild, user}), json_body(std::move(w)));
    auto response = co_await impl_->request(std::move(request_spec));
    if (response.status == 204 || response.body.empty()) co_return std::nullopt;
    co_return from_json<Member>(response.body);
}

Task<Member> RESTClient::edit_my_member(Snowflake guild, UndefinedNoneOr<std::string> nickname,
                                        std::optional<std::string> reason) {
    JsonWriter w;
    w.begin_object();
    put(w, "nick", nickname, write_string);
    w.end_object();
    return impl_->request_model<Member>(with_body(
        spec(routes::patch_my_member, {guild}, std::move(reason)), json_body(std::move(w))));
}

Task<void> RESTClient::add_role_to_member(Snowflake guild, Snowflake user, Snowflake role,
                                          std::optional<std::string> reason) {
    auto request_spec = spec(routes::put_member_role, {guild, user, role}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::remove_role_from_member(Snowflake guild, Snowflake user, Snowflake role,
                                               std::optional<std::string> reason) {
    auto request_spec = spec(routes::delete_member_role, {guild, user, role}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::kick_member(Snowflake guild, Snowflake user,
                                   std::optional<std::string> reason) {
    auto request_spec = spec(routes::delete_member, {guild, user}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::ban_user(Snowflake guild, Snowflake user,
                                std::optional<std::chrono::seconds> delete_message_history,
                                std::optional<std::string> reason) {
    JsonWriter w;
    w.begin_object();
    if (delete_message_history) {
        const auto seconds = delete_message_history->count();
        if (seconds < 0 || seconds > 604800) {
            throw ValueError("delete_message_history must be 0 to 7 days");
        }
        w.key("delete_message_seconds").number(static_cast<std::int64_t>(seconds));
    }
    w.end_object();
    auto request_spec =
        with_body(spec(routes::put_ban, {guild, user}, std::move(reason)), json_body(std::move(w)));
    co_await impl_->request(std::move(request_spec));
}

Task<void> RESTClient::unban_user(Snowflake guild, Snowflake user,
                                  std::optional<std::string> reason) {
    auto request_spec = spec(routes::delete_ban, {guild, user}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

Task<GuildBan> RESTClient::fetch_ban(Snowflake guild, Snowflake user) {
    auto request_spec = spec(routes::get_ban, {guild, user});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_ban(response.body);
}

Paginator<GuildBan> RESTClient::fetch_bans(Snowflake guild) {
    auto after = std::make_shared<Snowflake>();
    return Paginator<GuildBan>(
        [impl = impl_, guild, after] { return bans_page(impl, guild, after); });
}

}  // namespace hikari
