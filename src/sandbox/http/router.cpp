#include "sandbox/http/router.hpp"

namespace hikari::sandbox {

std::vector<std::string> split_path(std::string_view path) {
    std::vector<std::string> out;
    if (path.starts_with('/')) path.remove_prefix(1);
    if (path.ends_with('/')) path.remove_suffix(1);
    if (path.empty()) return out;
    std::size_t start = 0;
    while (true) {
        const std::size_t slash = path.find('/', start);
        out.emplace_back(path.substr(start, slash - start));
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    return out;
}

Route& Router::add(std::string method, std::string pattern, std::string group, Handler handler) {
    Route route;
    route.segments = split_path(pattern);
    route.group = group.empty() ? method + " " + pattern : std::move(group);
    route.method = std::move(method);
    route.pattern = std::move(pattern);
    route.handler = std::move(handler);
    routes_.push_back(std::move(route));
    return routes_.back();
}

RouteMatch Router::match(std::string_view method, std::string_view path) const {
    const auto parts = split_path(path);
    RouteMatch best;
    int best_literals = -1;
    for (const Route& route : routes_) {
        if (route.segments.size() != parts.size()) continue;
        int literals = 0;
        bool ok = true;
        for (std::size_t i = 0; i < parts.size() && ok; ++i) {
            const std::string& seg = route.segments[i];
            const bool is_param = seg.size() > 2 && seg.front() == '{' && seg.back() == '}';
            if (is_param) {
                ok = !parts[i].empty();
            } else {
                ok = seg == parts[i];
                ++literals;
            }
        }
        if (!ok) continue;
        if (route.method != method) {
            best.path_exists = true;
            continue;
        }
        if (literals <= best_literals) continue;
        best_literals = literals;
        best.route = &route;
        best.params.clear();
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const std::string& seg = route.segments[i];
            if (seg.size() > 2 && seg.front() == '{')
                best.params[seg.substr(1, seg.size() - 2)] = parts[i];
        }
    }
    return best;
}

const Route* Router::find(std::string_view key) const {
    for (const Route& route : routes_) {
        if (route.key() == key) return &route;
    }
    return nullptr;
}

Route* Router::find(std::string_view key) {
    for (Route& route : routes_) {
        if (route.key() == key) return &route;
    }
    return nullptr;
}

}  // namespace hikari::sandbox
