#pragma once
// Shorthands shared by the endpoint files.

#include "rest/client/json_body.hpp"
#include "rest/client/json_read.hpp"
#include "rest/client/rest_impl.hpp"
#include "rest/client/routes.hpp"

#include <string>
#include <vector>

namespace hikari::rest {

inline std::string id(Snowflake s) {
    return s.to_string();
}

inline RequestSpec spec(const Route& route, RouteArgs args,
                        std::optional<std::string> reason = std::nullopt) {
    RequestSpec out;
    out.route = &route;
    out.args = std::move(args);
    out.reason = std::move(reason);
    return out;
}

inline RequestSpec with_body(RequestSpec s, http::Body body) {
    s.body = std::move(body);
    return s;
}

}  // namespace hikari::rest
