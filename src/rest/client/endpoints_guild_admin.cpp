// Guild administration: the audit log, prune, bulk ban and integrations.

#include "rest/client/endpoint_helpers.hpp"

#include <hikari/model/audit_log.hpp>
#include <hikari/model/integration.hpp>

#include <algorithm>

namespace hikari {

using namespace rest;

namespace {

constexpr int audit_log_page = 100;

Query audit_query(const AuditLogFilter& f, int limit) {
    Query q{{"limit", std::to_string(limit)}};
    if (f.user.has_value()) q.emplace_back("user_id", id(*f.user));
    if (f.action_type.has_value()) {
        q.emplace_back("action_type", std::to_string(static_cast<int>(*f.action_type)));
    }
    if (f.before.has_value()) q.emplace_back("before", id(*f.before));
    if (f.after.has_value()) q.emplace_back("after", id(*f.after));
    return q;
}

/// Moves the filter's cursor past the page just read: back in time from the oldest entry,
/// or forwards from the newest when paging with `after` alone.
Task<std::vector<AuditLogEntry>> audit_page(std::shared_ptr<RESTClient::Impl> impl, Snowflake guild,
                                            std::shared_ptr<AuditLogFilter> filter) {
    auto s = spec(routes::get_audit_log, {guild});
    s.query = audit_query(*filter, audit_log_page);
    auto response = co_await impl->request(std::move(s));
    auto page = from_json<AuditLog>(response.body).entries;
    if (page.empty()) co_return page;
    const auto [oldest, newest] = std::minmax_element(
        page.begin(), page.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    if (filter->after.has_value() && filter->before.is_undefined()) {
        filter->after = newest->id;
    } else {
        filter->before = oldest->id;
    }
    co_return page;
}

void check_prune_days(int days) {
    if (days < 1 || days > 30) throw ValueError("prune days must be 1 to 30");
}

}  // namespace

Paginator<AuditLogEntry> RESTClient::fetch_audit_log(Snowflake guild, AuditLogFilter filter) {
    auto state = std::make_shared<AuditLogFilter>(filter);
    return Paginator<AuditLogEntry>(
        [impl = impl_, guild, state] { return audit_page(impl, guild, state); });
}

Task<AuditLog> RESTClient::fetch_audit_log_page(Snowflake guild, AuditLogFilter filter, int limit) {
    if (limit < 1 || limit > 100) throw ValueError("limit must be 1 to 100");
    auto s = spec(routes::get_audit_log, {guild});
    s.query = audit_query(filter, limit);
    return impl_->request_model<AuditLog>(std::move(s));
}

Task<int> RESTClient::estimate_guild_prune_count(Snowflake guild, int days,
                                                 std::vector<Snowflake> include_roles) {
    check_prune_days(days);
    auto s = spec(routes::get_prune, {guild});
    s.query.emplace_back("days", std::to_string(days));
    if (!include_roles.empty()) {
        std::string roles;
        for (const auto role : include_roles) {
            if (!roles.empty()) roles += ',';
            roles += id(role);
        }
        s.query.emplace_back("include_roles", std::move(roles));
    }
    auto response = co_await impl_->request(std::move(s));
    const auto pruned = parse_prune_result(response.body);
    if (!pruned) throw ParseError("the prune count is null");
    co_return *pruned;
}

Task<std::optional<int>> RESTClient::begin_guild_prune(Snowflake guild, GuildPruneOptions o,
                                                       std::optional<std::string> reason) {
    check_prune_days(o.days);
    JsonWriter w;
    w.begin_object().key("days").number(static_cast<std::int64_t>(o.days));
    w.key("compute_prune_count").boolean(o.compute_prune_count);
    if (!o.include_roles.empty()) {
        w.key("include_roles");
        write_ids(w, o.include_roles);
    }
    w.end_object();
    auto request_spec =
        with_body(spec(routes::post_prune, {guild}, std::move(reason)), json_body(std::move(w)));
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_prune_result(response.body);
}

Task<BulkBanResult> RESTClient::bulk_ban_users(
    Snowflake guild, std::vector<Snowflake> users,
    std::optional<std::chrono::seconds> delete_message_history, std::optional<std::string> reason) {
    if (users.empty() || users.size() > 200) {
        throw ValueError("bulk_ban_users takes 1 to 200 users");
    }
    JsonWriter w;
    w.begin_object().key("user_ids");
    write_ids(w, users);
    if (delete_message_history) {
        const auto seconds = delete_message_history->count();
        if (seconds < 0 || seconds > 604800) {
            throw ValueError("delete_message_history must be 0 to 7 days");
        }
        w.key("delete_message_seconds").number(static_cast<std::int64_t>(seconds));
    }
    w.end_object();
    auto request_spec =
        with_body(spec(routes::post_bulk_ban, {guild}, std::move(reason)), json_body(std::move(w)));
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_bulk_ban(response.body);
}

Task<std::vector<Integration>> RESTClient::fetch_integrations(Snowflake guild) {
    auto request_spec = spec(routes::get_integrations, {guild});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<Integration>(response.body);
}

Task<void> RESTClient::delete_integration(Snowflake guild, Snowflake integration,
                                          std::optional<std::string> reason) {
    auto request_spec = spec(routes::delete_integration, {guild, integration}, std::move(reason));
    co_await impl_->request(std::move(request_spec));
}

}  // namespace hikari
