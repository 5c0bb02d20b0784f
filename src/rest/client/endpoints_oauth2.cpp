// What an OAuth2 Bearer token asks about itself and its user: the authorization, the OpenID
// Connect user info and keys, linked accounts and the user's entitlements.

#include "rest/client/endpoint_helpers.hpp"
#include "rest/client/json_fields.hpp"

namespace hikari {

using namespace rest;

Task<OAuth2Authorization> RESTClient::fetch_my_authorization() {
    return impl_->request_model<OAuth2Authorization>(spec(routes::get_oauth2_authorization, {}));
}

Task<std::vector<OAuth2Key>> RESTClient::fetch_oauth2_keys() {
    auto request_spec = spec(routes::get_oauth2_keys, {});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<OAuth2Key>(JsonFields(response.body).at("keys"));  // {"keys": [...]}
}

Task<OpenIDUserInfo> RESTClient::fetch_openid_userinfo() {
    return impl_->request_model<OpenIDUserInfo>(spec(routes::get_openid_userinfo, {}));
}

Task<std::vector<Connection>> RESTClient::fetch_my_connections() {
    auto request_spec = spec(routes::get_my_connections, {});
    auto response = co_await impl_->request(std::move(request_spec));
    co_return parse_list<Connection>(response.body);
}

Task<std::vector<Entitlement>> RESTClient::fetch_my_entitlements(Snowflake application,
                                                                 std::vector<Snowflake> sku_ids,
                                                                 bool exclude_consumed) {
    if (sku_ids.size() > 100) throw ValueError("at most 100 SKU ids");
    auto s = spec(routes::get_my_entitlements, {application});
    if (!sku_ids.empty()) {
        std::string joined;
        for (const Snowflake sku : sku_ids) {
            if (!joined.empty()) joined += ',';
            joined += id(sku);
        }
        s.query.emplace_back("sku_ids", std::move(joined));
    }
    if (exclude_consumed) s.query.emplace_back("exclude_consumed", "true");
    auto response = co_await impl_->request(std::move(s));
    co_return parse_list<Entitlement>(response.body);
}

}  // namespace hikari
