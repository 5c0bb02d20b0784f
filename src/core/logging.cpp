// The registry of hikari's loggers. All of them write to one fan-out sink, so configure() and
// add_sink() re-route every logger at once without touching the loggers themselves.

#include <hikari/core/logging.hpp>
#include <hikari/core/logging_spdlog.hpp>

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/ansicolor_sink.h>
#include <spdlog/sinks/dist_sink.h>

#include <algorithm>
#include <functional>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

namespace hikari::log {

namespace {

// Lets the logger map be searched with a string_view, without building a std::string.
struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const noexcept {
        return std::hash<std::string_view>{}(name);
    }
};

struct Registry {
    // get() after the first call for a name only takes the lock shared.
    std::shared_mutex mutex;
    // unique_ptr keeps each logger at a stable address for the Logger handles.
    std::unordered_map<std::string, std::unique_ptr<spdlog::logger>, NameHash, std::equal_to<>>
        loggers;
    LogConfig config;
    std::shared_ptr<spdlog::sinks::dist_sink_mt> fanout =
        std::make_shared<spdlog::sinks::dist_sink_mt>();
    spdlog::sink_ptr console;
    std::vector<spdlog::sink_ptr> extra;

    // Caller holds `mutex`.
    void rebuild_sinks() {
        std::vector<spdlog::sink_ptr> all;
        if (console) all.push_back(console);
        all.insert(all.end(), extra.begin(), extra.end());
        fanout->set_sinks(std::move(all));
    }
};

Registry& registry() {
    // Never destroyed, so loggers stay usable from other static destructors.
    static auto* instance = new Registry;
    return *instance;
}

// %*: the level as Python spells it, padded so that messages line up.
class UpperCaseLevelFlag final : public spdlog::custom_flag_formatter {
  public:
    void format(const spdlog::details::log_msg& msg, const std::tm& /*time*/,
                spdlog::memory_buf_t& dest) override {
        const auto name = level_name(from_spdlog(msg.level));
        dest.append(name.data(), name.data() + name.size());
        for (auto i = name.size(); i < padded_width; ++i) dest.push_back(' ');
    }
    [[nodiscard]] std::unique_ptr<custom_flag_formatter> clone() const override {
        return std::make_unique<UpperCaseLevelFlag>();
    }

  private:
    static constexpr std::size_t padded_width = 8;  // "CRITICAL"
};

}  // namespace

spdlog::level::level_enum to_spdlog(Level level) noexcept {
    switch (level) {
        case Level::trace:
            return spdlog::level::trace;
        case Level::debug:
            return spdlog::level::debug;
        case Level::info:
            return spdlog::level::info;
        case Level::warning:
            return spdlog::level::warn;
        case Level::error:
            return spdlog::level::err;
        case Level::critical:
            return spdlog::level::critical;
        case Level::off:
            return spdlog::level::off;
    }
    return spdlog::level::off;
}

Level from_spdlog(spdlog::level::level_enum level) noexcept {
    switch (level) {
        case spdlog::level::trace:
            return Level::trace;
        case spdlog::level::debug:
            return Level::debug;
        case spdlog::level::info:
            return Level::info;
        case spdlog::level::warn:
            return Level::warning;
        case spdlog::level::err:
            return Level::error;
        case spdlog::level::critical:
            return Level::critical;
        default:
            return Level::off;
    }
}

std::unique_ptr<spdlog::formatter> make_default_formatter() {
    auto formatter = std::make_unique<spdlog::pattern_formatter>();
    formatter->add_flag<UpperCaseLevelFlag>('*').set_pattern(std::string{default_pattern});
    return formatter;
}

std::string_view Logger::name() const noexcept {
    return impl_ != nullptr ? std::string_view{impl_->name()} : std::string_view{};
}

bool Logger::should_log(Level level) const noexcept {
    return impl_ != nullptr && level != Level::off && impl_->should_log(to_spdlog(level));
}

void Logger::write(Level level, std::string_view message) const {
    if (!should_log(level)) return;
    impl_->log(to_spdlog(level), spdlog::string_view_t{message.data(), message.size()});
}

Logger get(std::string_view name) {
    auto& r = registry();
    {
        std::shared_lock lock{r.mutex};
        if (auto it = r.loggers.find(name); it != r.loggers.end()) return Logger{it->second.get()};
    }
    validate_logger_name(name);
    std::lock_guard lock{r.mutex};
    auto [it, inserted] = r.loggers.try_emplace(std::string{name});
    if (inserted) {
        it->second = std::make_unique<spdlog::logger>(it->first, r.fanout);
        it->second->set_level(to_spdlog(r.config.level_for(name)));
    }
    return Logger{it->second.get()};
}

void set_levels(const LogConfig& config) {
    auto& r = registry();
    std::lock_guard lock{r.mutex};
    r.config = config;
    for (auto& [name, logger] : r.loggers) logger->set_level(to_spdlog(config.level_for(name)));
}

LogConfig current_levels() {
    auto& r = registry();
    std::shared_lock lock{r.mutex};
    return r.config;
}

void configure(const LogConfig& config, bool allow_colour, bool force_colour) {
    const auto mode = stdout_uses_colour(allow_colour, force_colour) ? spdlog::color_mode::always
                                                                     : spdlog::color_mode::never;
    auto console = std::make_shared<spdlog::sinks::ansicolor_stdout_sink_mt>(mode);
    console->set_formatter(make_default_formatter());
    {
        auto& r = registry();
        std::lock_guard lock{r.mutex};
        r.console = std::move(console);
        r.rebuild_sinks();
    }
    set_levels(config);
}

void add_sink(spdlog::sink_ptr sink) {
    if (!sink) return;
    auto& r = registry();
    std::lock_guard lock{r.mutex};
    r.extra.push_back(std::move(sink));
    r.rebuild_sinks();
}

void remove_sink(const spdlog::sink_ptr& sink) {
    auto& r = registry();
    std::lock_guard lock{r.mutex};
    std::erase(r.extra, sink);
    r.rebuild_sinks();
}

}  // namespace hikari::log
