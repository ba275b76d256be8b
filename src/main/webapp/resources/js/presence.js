/*
 * A request's page, for agents: says every 5 seconds that the agent is here (and whether they are
 * writing), shows who else is, warns when the request changed while the agent writes, and keeps
 * what the agent typed in the tab's session storage so that reloading the page loses nothing.
 * Stops speaking after 10 minutes without a key, a click or a move, so that an open tab does not
 * keep a session alive forever; starts again at the next one.
 */
(function () {
  "use strict";
  var box = document.getElementById("presence");
  if (!box || !window.fetch) {
    return;
  }
  var url = box.getAttribute("data-url");
  var ticket = box.getAttribute("data-ticket");
  var version = Number(box.getAttribute("data-version"));
  var banner = document.getElementById("changedMeanwhile");
  var shown = box.querySelector(".presence-others");
  var fields = ["reply:text", "note:text"];
  var EVERY = 5000;
  var IDLE_AFTER = 10 * 60 * 1000;
  var TYPING_FOR = 8000;
  var lastActivity = Date.now();
  var lastTyping = 0;
  var timer = null;

  function draftKey(id) {
    return "draft:" + ticket + ":" + id;
  }

  function storage() {
    try {
      return window.sessionStorage;
    } catch (e) {
      return null;
    }
  }

  var store = storage();
  var sendOf = { "reply:text": "reply:send", "note:text": "note:add" };

  fields.forEach(function (id) {
    var field = document.getElementById(id);
    var kept = store && store.getItem(draftKey(id));
    if (field && kept && !field.value) {
      field.value = kept;
      var restored = document.getElementById("draftRestored");
      if (restored) {
        restored.hidden = false;
      }
    }
  });

  // delegated: the reply box is replaced when a canned answer is inserted
  document.addEventListener("input", function (event) {
    var id = event.target && event.target.id;
    if (fields.indexOf(id) < 0) {
      return;
    }
    lastTyping = Date.now();
    if (store) {
      if (event.target.value) {
        store.setItem(draftKey(id), event.target.value);
      } else {
        store.removeItem(draftKey(id));
      }
    }
  });

  // sent: the page that comes back holds the text if sending failed
  document.addEventListener("click", function (event) {
    var button = event.target && event.target.closest && event.target.closest("button");
    if (!button || !store) {
      return;
    }
    fields.forEach(function (id) {
      if (sendOf[id] === button.id) {
        store.removeItem(draftKey(id));
      }
    });
  });

  function typing() {
    if (Date.now() - lastTyping > TYPING_FOR) {
      return false;
    }
    return fields.some(function (id) {
      var field = document.getElementById(id);
      return field && field.value.trim().length > 0;
    });
  }

  function show(others) {
    var viewing = box.getAttribute("data-viewing");
    var writing = box.getAttribute("data-typing");
    shown.textContent = "";
    box.hidden = others.length === 0;
    others.forEach(function (other) {
      var item = document.createElement("span");
      item.className = "presence-colleague" + (other.typing ? " typing" : "");
      item.textContent = other.name + " " + (other.typing ? writing : viewing);
      shown.appendChild(item);
    });
  }

  function speak() {
    timer = null;
    if (Date.now() - lastActivity > IDLE_AFTER) {
      return;
    }
    var body = new URLSearchParams();
    body.set("ticket", ticket);
    body.set("typing", typing() ? "1" : "0");
    fetch(url, { method: "POST", body: body, credentials: "same-origin" })
      .then(function (answer) {
        return answer.ok ? answer.json() : null;
      })
      .then(function (heard) {
        if (heard) {
          show(heard.others);
          if (heard.version !== version && banner) {
            banner.hidden = false;
            document.body.classList.add("ticket-changed");
          }
        }
      })
      .catch(function () {})
      .then(schedule);
  }

  function schedule() {
    if (timer === null && Date.now() - lastActivity <= IDLE_AFTER) {
      timer = window.setTimeout(speak, EVERY);
    }
  }

  ["keydown", "mousedown", "mousemove", "scroll", "touchstart"].forEach(function (kind) {
    window.addEventListener(
      kind,
      function () {
        var wasIdle = Date.now() - lastActivity > IDLE_AFTER;
        lastActivity = Date.now();
        if (wasIdle) {
          schedule();
        }
      },
      { passive: true }
    );
  });

  var reload = document.getElementById("reloadKeepingText");
  if (reload) {
    reload.addEventListener("click", function () {
      fields.forEach(function (id) {
        var field = document.getElementById(id);
        if (field && field.value && store) {
          store.setItem(draftKey(id), field.value);
        }
      });
      window.location.href = window.location.pathname + "?id=" + encodeURIComponent(ticket);
    });
  }

  window.addEventListener("pagehide", function () {
    if (navigator.sendBeacon) {
      var body = new URLSearchParams();
      body.set("ticket", ticket);
      body.set("left", "1");
      navigator.sendBeacon(url, body);
    }
  });

  speak();
})();
