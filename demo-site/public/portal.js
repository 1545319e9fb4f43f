// The demo portal's own reading aids, like those real county portals carry: a 简/繁 toggle
// that rewrites <html lang> and an elderly mode that scales the root font size. The widgets
// follow both without being told.
(() => {
  var root = document.documentElement;
  var script = document.getElementById('toggle-script');
  var large = document.getElementById('toggle-large');
  if (script) {
    script.addEventListener('click', () => {
      var traditional = root.lang !== 'zh-TW';
      root.lang = traditional ? 'zh-TW' : 'zh-CN';
      script.textContent = traditional ? '简体' : '繁體';
      script.setAttribute('aria-pressed', String(traditional));
    });
  }
  if (large) {
    large.addEventListener('click', () => {
      var on = root.style.fontSize !== '150%';
      root.style.fontSize = on ? '150%' : '';
      large.setAttribute('aria-pressed', String(on));
    });
  }
})();
