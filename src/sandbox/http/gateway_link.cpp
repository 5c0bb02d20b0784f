#include "sandbox/http/gateway_link.hpp"

#include <hikari/core/errors_base.hpp>

#include <string>

namespace hikari::sandbox {

boost::json::object NullGatewayLink::session_start_limit() const {
    return {
        {"total", 1000}, {"remaining", 1000}, {"reset_after", 14'400'000}, {"max_concurrency", 1}};
}

boost::json::value NullGatewayLink::control(std::string_view action, const boost::json::object&) {
    if (action == "stats") return boost::json::object{{"sessions", 0}};
    throw ValueError("no gateway is running; unknown gateway action '" + std::string(action) + "'");
}

}  // namespace hikari::sandbox
