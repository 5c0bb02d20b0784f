// Monetization: SKUs, entitlements (paginated, consume, test entitlements) and SKU
// subscriptions.

#include "rest/client/endpoint_helpers.hpp"

#include <algorithm>

namespace hikari {

using namespace rest;

namespace {

Query entitlement_query(const EntitlementFilter& f) {
    Query q{{"limit", "100"}};
    if (f.user.has_value()) q.emplace_back("user_id", id(*f.user));
    if (!f.sku_ids.empty()) {
        std::string ids;
        for (const auto sku : f.sku_ids) {
            if (!ids.empty()) ids += ',';
            ids += id(sku);
        }
        q.emplace_back("sku_ids", std::move(ids));
    }
    if (f.guild.has_value()) q.emplace_back("guild_id", id(*f.guild));
    if (f.before.has_value()) q.emplace_back("before", id(*f.before));
    if (f.after.has_value()) q.emplace_back("after", id(*f.after));
    q.emplace_back("exclude_ended", f.exclude_ended ? "true" : "false");
    q.emplace_back("exclude_deleted", f.exclude_deleted ? "true" : "false");
    return q;
}

Task<std::vector<Entitlement>> entitlements_page(std::shared_ptr<RESTClient::Impl> impl,
                                                 Snowflake application,
                                                 std::shared_ptr<EntitlementFilter> filter) {
    auto s = spec(routes::get_entitlements, {application});
    s.query = entitlement_query(*filter);
    auto response = co_await impl->request(std::move(s));
    auto page = parse_list<Entitlement>(response.body);
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

}  // namespace

Task<std::vector<Sku>> RESTClient::fetch_skus(Snowflake application) {
    auto request_spec = spec(routes::get_skus, {application});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<Sku>(response.body);
}

Paginator<Entitlement> RESTClient::fetch_entitlements(Snowflake application,
                                                      EntitlementFilter filter) {
    auto state = std::make_shared<EntitlementFilter>(std::move(filter));
    return Paginator<Entitlement>(
        [impl = impl_, application, state] { return entitlements_page(impl, application, state); });
}

Task<Entitlement> RESTClient::fetch_entitlement(Snowflake application, Snowflake entitlement) {
    return impl_->request_model<Entitlement>(
        spec(routes::get_entitlement, {application, entitlement}));
}

Task<void> RESTClient::consume_entitlement(Snowflake application, Snowflake entitlement) {
    auto request_spec = spec(routes::post_consume_entitlement, {application, entitlement});
    co_await impl_->request(std::move(request_spec));
}

Task<Entitlement> RESTClient::create_test_entitlement(Snowflake application, Snowflake sku,
                                                      Snowflake owner,
                                                      EntitlementOwnerType owner_type) {
    JsonWriter w;
    w.begin_object().key("sku_id").string(id(sku)).key("owner_id").string(id(owner));
    w.key("owner_type").number(static_cast<std::int64_t>(owner_type));
    w.end_object();
    return impl_->request_model<Entitlement>(
        with_body(spec(routes::post_test_entitlement, {application}), json_body(std::move(w))));
}

Task<void> RESTClient::delete_test_entitlement(Snowflake application, Snowflake entitlement) {
    auto request_spec = spec(routes::delete_test_entitlement, {application, entitlement});
    co_await impl_->request(std::move(request_spec));
}

Task<std::vector<AppSubscription>> RESTClient::fetch_sku_subscriptions(Snowflake sku,
                                                                       Snowflake user) {
    auto s = spec(routes::get_sku_subscriptions, {sku});
    s.query = {{"user_id", id(user)}, {"limit", "100"}};
    auto response = co_await impl_->request(std::move(s));
    co_return parse_list<AppSubscription>(response.body);
}

Task<AppSubscription> RESTClient::fetch_sku_subscription(Snowflake sku, Snowflake subscription) {
    return impl_->request_model<AppSubscription>(
        spec(routes::get_sku_subscription, {sku, subscription}));
}

}  // namespace hikari
