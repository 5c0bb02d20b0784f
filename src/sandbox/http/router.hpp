#pragma once
// Maps "METHOD /path/{param}/..." patterns to handlers. Literal segments win over parameters
// ("/users/@me" before "/users/{user_id}"), so registration order does not matter.

#include "sandbox/http/request.hpp"

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace hikari::sandbox {

class Call;
using Handler = std::function<Response(Call&)>;

struct Route {
    std::string method;
    std::string pattern;                // "/channels/{channel_id}/messages"
    std::vector<std::string> segments;  // split pattern; "{x}" marks a parameter
    std::string group;                  // rate-limit bucket group
    bool authenticated = true;          // needs "Authorization: Bot <token>"
    bool bearer = false;                // also takes an OAuth2 grant's "Bearer <token>"
    bool bot_token = true;              // takes the bot token (false: Bearer tokens only)
    bool global_limited = true;         // counts against the global limit
    Handler handler;

    [[nodiscard]] std::string key() const { return method + " " + pattern; }
};

struct RouteMatch {
    const Route* route = nullptr;
    std::map<std::string, std::string> params;
    bool path_exists = false;  // some route has this path, but not with this method
};

class Router {
  public:
    /// An empty group gives the route a bucket of its own.
    Route& add(std::string method, std::string pattern, std::string group, Handler handler);
    [[nodiscard]] RouteMatch match(std::string_view method, std::string_view path) const;
    [[nodiscard]] const Route* find(std::string_view key) const;  // "POST /channels/{...}"
    /// For changing a route's flags after registering more (add's reference does not last).
    [[nodiscard]] Route* find(std::string_view key);
    [[nodiscard]] const std::vector<Route>& routes() const { return routes_; }

  private:
    std::vector<Route> routes_;
};

/// "/a/b/c" -> {"a", "b", "c"}; empty segments are kept so "/a//b" does not match "/a/b".
std::vector<std::string> split_path(std::string_view path);

}  // namespace hikari::sandbox
