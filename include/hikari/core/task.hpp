#pragma once
// hikari's coroutine type. Everything asynchronous in hikari is a Boost.Asio awaitable, so
// user code composes with any Asio code; this header keeps the name short and the include
// light (only the awaitable type, not the whole of Asio).

#include <boost/asio/awaitable.hpp>

#include <chrono>

namespace hikari {

template <class T = void>
using Task = boost::asio::awaitable<T>;

/// Suspends the calling coroutine for `duration` on its own executor (asyncio.sleep).
Task<void> sleep_for(std::chrono::steady_clock::duration duration);

}  // namespace hikari
