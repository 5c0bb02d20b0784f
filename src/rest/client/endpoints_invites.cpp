// Invites: create per channel, list per channel or guild, fetch and delete by code.

#include "rest/client/endpoint_helpers.hpp"

namespace hikari {

using namespace rest;

namespace {

void check_code(const std::string& code) {
    if (code.empty()) throw ValueError("an invite code must not be empty");
}

}  // namespace

Task<Invite> RESTClient::create_invite(Snowflake channel, InviteCreateOptions o,
                                       std::optional<std::string> reason) {
    if (o.max_age && (*o.max_age < 0 || *o.max_age > 604800)) {
        throw ValueError("max_age must be 0 to 604800 seconds");
    }
    if (o.max_uses && (*o.max_uses < 0 || *o.max_uses > 100)) {
        throw ValueError("max_uses must be 0 to 100");
    }
    JsonWriter w;
    w.begin_object();
    put(w, "max_age", o.max_age, write_int<std::int32_t>);
    put(w, "max_uses", o.max_uses, write_int<std::int32_t>);
    put(w, "temporary", o.temporary, write_bool);
    put(w, "unique", o.unique, write_bool);
    put(w, "target_type", o.target_type, write_enum<InviteTargetType>);
    put(w, "target_user_id", o.target_user_id, write_id);
    put(w, "target_application_id", o.target_application_id, write_id);
    w.end_object();
    return impl_->request_model<Invite>(
        with_body(spec(routes::post_channel_invites, {id(channel)}, std::move(reason)),
                  json_body(std::move(w))));
}

Task<std::vector<Invite>> RESTClient::fetch_channel_invites(Snowflake channel) {
    auto request_spec = spec(routes::get_channel_invites, {id(channel)});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<Invite>(response.body);
}

Task<std::vector<Invite>> RESTClient::fetch_guild_invites(Snowflake guild) {
    auto request_spec = spec(routes::get_guild_invites, {id(guild)});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<Invite>(response.body);
}

Task<Invite> RESTClient::fetch_invite(std::string code, InviteFetchOptions o) {
    check_code(code);
    auto s = spec(routes::get_invite, {std::move(code)});
    if (o.with_counts) s.query.emplace_back("with_counts", "true");
    if (o.with_expiration) s.query.emplace_back("with_expiration", "true");
    if (o.guild_scheduled_event_id) {
        s.query.emplace_back("guild_scheduled_event_id", id(*o.guild_scheduled_event_id));
    }
    return impl_->request_model<Invite>(std::move(s));
}

Task<Invite> RESTClient::delete_invite(std::string code, std::optional<std::string> reason) {
    check_code(code);
    return impl_->request_model<Invite>(
        spec(routes::delete_invite, {std::move(code)}, std::move(reason)));
}

}  // namespace hikari
