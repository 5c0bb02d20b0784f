// GET /gateway and GET /gateway/bot.

#include "sandbox/http/api.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/routes.hpp"

namespace hikari::sandbox {

namespace json = boost::json;

void add_gateway_routes(Router& router, Api& api) {
    Route& gateway = router.add("GET", "/gateway", "", [&api](Call&) {
        return Response::json(200, json::object{{"url", api.gateway_url()}});
    });
    gateway.authenticated = false;
    router.add("GET", "/gateway/bot", "", [&api](Call& call) {
        GatewayLink& link = call.context().gateway();
        return Response::json(200,
                              json::object{{"url", api.gateway_url()},
                                           {"shards", link.recommended_shards()},
                                           {"session_start_limit", link.session_start_limit()}});
    });
}

}  // namespace hikari::sandbox
