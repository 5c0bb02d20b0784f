// Invites: create per channel, list per channel or guild, fetch and delete by code, and the
// users an invite is limited to.

#include "rest/client/endpoint_helpers.hpp"
#include "rest/client/json_fields.hpp"
#include "rest/http/multipart.hpp"

#include <hikari/core/time.hpp>

#include <string_view>

namespace hikari {

using namespace rest;

namespace {

void check_code(const std::string& code) {
    if (code.empty()) throw ValueError("an invite code must not be empty");
}

/// The CSV Discord takes for an invite's target users: a user_id header, one id a line.
std::string target_users_csv(const std::vector<Snowflake>& users) {
    std::string csv = "user_id\n";
    for (const Snowflake u : users) csv += id(u) + "\n";
    return csv;
}

http::MultipartPart target_users_part(const std::vector<Snowflake>& users) {
    return {"target_users_file", "target_users.csv", "text/csv", target_users_csv(users)};
}

/// A multipart body of the invite's JSON and its target users file.
http::Body with_target_users(std::string payload_json, const std::vector<Snowflake>& users) {
    std::vector<http::MultipartPart> parts;
    parts.push_back({"payload_json", std::nullopt, "application/json", std::move(payload_json)});
    parts.push_back(target_users_part(users));
    return http::make_multipart(parts, http::random_boundary());
}

/// The ids of a target users CSV (its user_id header skipped).
std::vector<Snowflake> read_target_users(std::string_view csv) {
    std::vector<Snowflake> out;
    bool first = true;
    while (!csv.empty()) {
        const auto end = csv.find('\n');
        std::string_view line = csv.substr(0, end);
        csv = end == std::string_view::npos ? std::string_view{} : csv.substr(end + 1);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) {
            line.remove_suffix(1);
        }
        const bool header = first && line == "user_id";
        first = false;
        if (line.empty() || header) continue;
        const auto user = Snowflake::try_parse(line);
        if (!user) throw ParseError("target users: \"" + std::string(line) + "\" is not a user id");
        out.push_back(*user);
    }
    return out;
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
    auto body = o.target_users.empty() ? json_body(std::move(w))
                                       : with_target_users(std::move(w).str(), o.target_users);
    return impl_->request_model<Invite>(with_body(
        spec(routes::post_channel_invites, {channel}, std::move(reason)), std::move(body)));
}

Task<std::vector<Invite>> RESTClient::fetch_channel_invites(Snowflake channel) {
    auto request_spec = spec(routes::get_channel_invites, {channel});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<Invite>(response.body);
}

Task<std::vector<Invite>> RESTClient::fetch_guild_invites(Snowflake guild) {
    auto request_spec = spec(routes::get_guild_invites, {guild});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<Invite>(response.body);
}

Task<Invite> RESTClient::fetch_invite(std::string code, InviteFetchOptions o) {
    check_code(code);
    auto s = spec(routes::get_invite, {code});
    if (o.with_counts) s.query.emplace_back("with_counts", "true");
    if (o.with_expiration) s.query.emplace_back("with_expiration", "true");
    if (o.guild_scheduled_event_id) {
        s.query.emplace_back("guild_scheduled_event_id", id(*o.guild_scheduled_event_id));
    }
    return impl_->request_model<Invite>(std::move(s));
}

Task<Invite> RESTClient::delete_invite(std::string code, std::optional<std::string> reason) {
    check_code(code);
    return impl_->request_model<Invite>(spec(routes::delete_invite, {code}, std::move(reason)));
}

Task<std::vector<Snowflake>> RESTClient::fetch_invite_target_users(std::string code) {
    check_code(code);
    auto request_spec = spec(routes::get_invite_target_users, {code});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return read_target_users(response.body);
}

Task<void> RESTClient::edit_invite_target_users(std::string code, std::vector<Snowflake> users) {
    check_code(code);
    std::vector<http::MultipartPart> parts;
    parts.push_back(target_users_part(users));
    auto request_spec = with_body(spec(routes::put_invite_target_users, {code}),
                                  http::make_multipart(parts, http::random_boundary()));
    co_await impl_->request(std::move(request_spec));
}

Task<InviteTargetUsersJob> RESTClient::fetch_invite_target_users_job(std::string code) {
    check_code(code);
    auto request_spec = spec(routes::get_invite_target_users_job, {code});
    auto response = co_await impl_->request(std::move(request_spec));
    const JsonFields fields(response.body);
    InviteTargetUsersJob job;
    job.status = static_cast<InviteTargetUsersJobStatus>(fields.integer("status"));
    job.total_users = fields.integer("total_users");
    job.processed_users = fields.integer("processed_users");
    auto time = [&](std::string_view key) -> std::optional<Timestamp> {
        if (!fields.contains(key) || fields.at(key) == "null") return std::nullopt;
        const auto t = try_parse_iso8601(fields.string(key));
        if (!t) throw ParseError(std::string(key) + ": expected an ISO8601 timestamp");
        return t;
    };
    job.created_at = time("created_at");
    job.completed_at = time("completed_at");
    if (fields.contains("error_message") && fields.at("error_message") != "null") {
        job.error_message = fields.string("error_message");
    }
    co_return job;
}

}  // namespace hikari
