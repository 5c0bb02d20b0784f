// How new members come in: the guild's new-member welcome and its join requests (member
// applications), listed and approved or rejected.

#include "rest/client/endpoint_helpers.hpp"
#include "rest/client/json_fields.hpp"

namespace hikari {

using namespace rest;

namespace {

constexpr std::size_t max_rejection_reason = 160;

Task<GuildJoinRequest> action_request(std::shared_ptr<RESTClient::Impl> impl, Snowflake guild,
                                      Snowflake request, std::string_view action,
                                      std::optional<std::string> reason) {
    JsonWriter w;
    w.begin_object().key("action").string(action);
    if (reason) w.key("rejection_reason").string(*reason);
    w.end_object();
    // Named first: GCC 12 mishandles braced temporaries inside a co_await expression.
    auto request_spec =
        with_body(spec(routes::patch_join_request, {guild, request}), json_body(std::move(w)));
    co_return co_await impl->request_model<GuildJoinRequest>(std::move(request_spec));
}

}  // namespace

Task<std::optional<GuildHomeSettings>> RESTClient::fetch_new_member_welcome(Snowflake guild) {
    auto request_spec = spec(routes::get_new_member_welcome, {guild});
    auto response = co_await impl_->request(std::move(request_spec));
    if (response.status == 204 || response.body.empty()) co_return std::nullopt;
    co_return from_json<GuildHomeSettings>(response.body);
}

Task<GuildJoinRequestPage> RESTClient::fetch_join_requests(Snowflake guild,
                                                           JoinRequestListOptions o) {
    if (o.limit && (*o.limit < 1 || *o.limit > 100)) {
        throw ValueError("limit must be between 1 and 100");
    }
    auto s = spec(routes::get_join_requests, {guild});
    if (o.status) s.query.emplace_back("status", *o.status);
    if (o.limit) s.query.emplace_back("limit", std::to_string(*o.limit));
    if (o.before) s.query.emplace_back("before", id(*o.before));
    if (o.after) s.query.emplace_back("after", id(*o.after));
    auto response = co_await impl_->request(std::move(s));
    const JsonFields fields(response.body);
    GuildJoinRequestPage page;
    if (fields.contains("total")) page.total = static_cast<std::int32_t>(fields.integer("total"));
    if (fields.contains("guild_join_requests")) {
        page.requests = parse_list<GuildJoinRequest>(fields.at("guild_join_requests"));
    }
    co_return page;
}

Task<GuildJoinRequest> RESTClient::approve_join_request(Snowflake guild, Snowflake request) {
    return action_request(impl_, guild, request, "APPROVED", std::nullopt);
}

Task<GuildJoinRequest> RESTClient::reject_join_request(Snowflake guild, Snowflake request,
                                                       std::optional<std::string> reason) {
    if (reason && reason->size() > max_rejection_reason) {
        throw ValueError("a rejection reason has at most 160 characters");
    }
    return action_request(impl_, guild, request, "REJECTED", std::move(reason));
}

}  // namespace hikari
