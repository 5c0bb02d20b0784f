#pragma once
// The sandbox's view of one HTTP exchange, independent of Beast so that the API logic can be
// driven (and tested) without sockets.

#include <boost/json/value.hpp>

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hikari::sandbox {

struct Request {
    std::string method;                        // "GET", "POST", ...
    std::string path;                          // percent-decoded, without the query
    std::map<std::string, std::string> query;  // last value wins
    /// Every query parameter in order, repeated names kept ("tag=1&tag=2").
    std::vector<std::pair<std::string, std::string>> query_list;
    std::map<std::string, std::string> headers;  // names lower-cased
    std::string body;
    std::string client;  // remote address, for per-IP accounting when unauthenticated

    [[nodiscard]] const std::string* header(std::string_view name) const {
        auto it = headers.find(std::string(name));
        return it == headers.end() ? nullptr : &it->second;
    }
};

struct Response {
    unsigned status = 200;
    std::string body;
    std::string content_type = "application/json";
    std::vector<std::pair<std::string, std::string>> headers;

    static Response json(unsigned status, const boost::json::value& body);
    static Response no_content() {
        Response r;
        r.status = 204;
        r.content_type.clear();
        return r;
    }
    [[nodiscard]] const std::string* header(std::string_view name) const {
        for (const auto& [k, v] : headers) {
            if (k == name) return &v;
        }
        return nullptr;
    }
};

}  // namespace hikari::sandbox
