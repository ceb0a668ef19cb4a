// The unit picker's filter box: shows only the units whose name or code holds the text typed.
document.querySelectorAll('[data-unit-picker]').forEach(picker => {
  const filter = picker.querySelector('.unit-filter');
  if (!filter) return;
  filter.hidden = false;
  filter.addEventListener('input', () => {
    const q = filter.value.trim();
    picker.querySelectorAll('option, .unit-choice').forEach(item => {
      const code = item.value ?? item.querySelector('input')?.value ?? '';
      item.hidden = q !== '' && code !== '' && !item.textContent.includes(q) && !code.startsWith(q);
    });
  });
});
